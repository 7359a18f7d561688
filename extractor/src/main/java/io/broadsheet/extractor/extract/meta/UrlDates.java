package io.broadsheet.extractor.extract.meta;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a news URL's path carries, as CMSs write it for permalinks: "/2024/05/03/slug",
 * "/2024-05-03-slug", "/20240503/slug". A date only (the URL states no time), and the last source
 * the dates are taken from: a path date is the publication day by the CMS's own convention, but a
 * page that states a date anywhere else is believed first.
 */
final class UrlDates {

  /** Year, month and day as path segments, or joined by hyphens, or as eight digits. */
  private static final Pattern PATH_DATE =
      Pattern.compile(
          "(?<![\\d])(\\d{4})(?:/(\\d{1,2})/(\\d{1,2})(?=/|$|[-_.])"
              + "|-(\\d{2})-(\\d{2})(?=[-_/.]|$)"
              + "|(\\d{2})(\\d{2})(?=/|[-_.]|$))");

  private UrlDates() {}

  /** The date in {@code url}'s path, or null when it carries none or is no URL. */
  static Stamp find(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String path;
    try {
      path = URI.create(url.strip()).getRawPath();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (path == null) {
      return null;
    }
    Matcher m = PATH_DATE.matcher(path);
    while (m.find()) {
      // the date starts a path segment or follows a word of the slug ("news-2024-05-03")
      char before = m.start() == 0 ? '/' : path.charAt(m.start() - 1);
      if (before != '/' && before != '-' && before != '_') {
        continue;
      }
      int month = m.group(2) != null ? 2 : m.group(4) != null ? 4 : 6;
      Stamp stamp =
          TextDates.stamp(m.group(1), m.group(month), m.group(month + 1), null, null, null);
      if (stamp != null) {
        return stamp;
      }
    }
    return null;
  }
}
