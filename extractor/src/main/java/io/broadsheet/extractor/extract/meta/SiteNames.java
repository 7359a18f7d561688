package io.broadsheet.extractor.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import crawlercommons.domains.EffectiveTldFinder;
import io.broadsheet.extractor.extract.Hosts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page calls its site ({@code og:site_name}, JSON-LD publisher and WebSite names, {@code
 * application-name}) plus its host name, and the one operation they serve: removing the site name
 * from a title ("Rates rise | The Daily" becomes "Rates rise"). A part of a title is only removed
 * when it is one of those names, so a headline with a dash or a colon in it stays whole.
 */
final class SiteNames {

  /** Title separators with space around them; a colon may only have space after it. */
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+[|\\-–—·•»:/]+\\s+|\\s*[|·•»]\\s*|:\\s+");

  private static final Set<String> TYPES =
      Set.of("newsmediaorganization", "organization", "website", "corporation");

  private final List<String> keys = new ArrayList<>();
  private final String hostKey;

  private SiteNames(List<String> names, String host) {
    for (String name : names) {
      String key = Clean.key(name);
      if (key.length() >= 2 && !keys.contains(key)) {
        keys.add(key);
      }
      String initials = initials(name);
      if (initials != null && !keys.contains(initials)) {
        keys.add(initials);
      }
    }
    this.hostKey = host;
  }

  static SiteNames of(PageSources sources, String url) {
    List<String> names = new ArrayList<>();
    names.add(sources.meta().first("og:site_name"));
    names.add(sources.meta().first("application-name"));
    names.add(sources.meta().first("apple-mobile-web-app-title"));
    names.add(sources.meta().first("twitter:site"));
    JsonNode article = sources.jsonLd().article();
    JsonNode publisher =
        article == null ? null : sources.jsonLd().resolve(article.get("publisher"));
    names.add(publisher == null ? null : JsonLd.text(publisher, "name"));
    names.add(JsonLd.text(sources.jsonLd().firstOfType(TYPES), "name"));
    names.removeIf(n -> n == null);
    return new SiteNames(names, hostKey(url));
  }

  /** Names the site goes by, for tests. */
  static SiteNames of(List<String> names, String url) {
    return new SiteNames(names, hostKey(url));
  }

  /**
   * The name part of the host's registrable domain, by the Public Suffix List:
   * "www.daily-news.co.uk" and "edition.daily-news.com" give "dailynews", "www.abc.de" gives "abc".
   * A host under a suffix the list does not know (".example", an intranet name) gives its
   * second-to-last label.
   */
  private static String hostKey(String url) {
    String host = Hosts.of(url);
    if (host == null || host.isEmpty()) {
      return "";
    }
    // strict: null when no listed suffix matches; private suffixes (blogspot.com) count as
    // suffixes, so each blog is a site of its own
    String domain = EffectiveTldFinder.getAssignedDomain(host, true, false);
    String[] labels = (domain == null ? host : domain).split("\\.");
    String label = domain != null || labels.length < 2 ? labels[0] : labels[labels.length - 2];
    return Clean.key(label);
  }

  /**
   * The initials of a name of several capitalised words, the short form sites sign with ("Legal
   * Tribune Online" gives "lto"); null for a single word or when a word is not capitalised.
   */
  static String initials(String name) {
    String[] words = name.trim().split("\\s+");
    if (words.length < 2 || words.length > 5) {
      return null;
    }
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      int first = word.codePointAt(0);
      if (!Character.isUpperCase(first)) {
        return null;
      }
      initials.appendCodePoint(first);
    }
    return Clean.key(initials.toString());
  }

  /** Whether {@code part} of a title is the site's name. */
  boolean isSiteName(String part) {
    if (isExactlySiteName(part)) {
      return true;
    }
    // "Daily News Online" containing the host name
    if (hostKey.length() < 3) {
      return false;
    }
    for (String key : hostSpellings(Clean.key(part))) {
      if (key.contains(hostKey) && key.length() <= hostKey.length() + 12) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code key} as a host name may spell it: as it is, with its diacritics dropped ("é" → "e"), and
   * German-style ("ö" → "oe", "ß" → "ss"): "Börsen-Zeitung" is at boersen-zeitung.de.
   */
  static List<String> hostSpellings(String key) {
    boolean ascii = true;
    for (int i = 0; i < key.length() && ascii; i++) {
      ascii = key.charAt(i) < 128;
    }
    if (ascii) {
      return List.of(key);
    }
    String german = key.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    return List.of(key, withoutMarks(key), withoutMarks(german));
  }

  private static String withoutMarks(String text) {
    return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  /**
   * Whether {@code name} is one of the site's names or its host's, exactly: not a name that only
   * contains the host's ("CNN Business" is a desk of cnn.com, not the site). A host's name of two
   * letters is too short to tell.
   */
  boolean isExactlySiteName(String name) {
    String key = Clean.key(name);
    return key.length() >= 2
        && (keys.contains(key) || (hostKey.length() >= 3 && hostSpellings(key).contains(hostKey)));
  }

  /** {@code title} without a leading or trailing part that is the site name. */
  String strip(String title) {
    String text = title;
    for (int round = 0; round < 2; round++) {
      Matcher m = SEPARATOR.matcher(text);
      int firstStart = -1;
      int firstEnd = -1;
      int lastStart = -1;
      int lastEnd = -1;
      while (m.find()) {
        if (firstStart < 0) {
          firstStart = m.start();
          firstEnd = m.end();
        }
        lastStart = m.start();
        lastEnd = m.end();
      }
      if (lastStart <= 0) {
        return text;
      }
      if (isSiteName(text.substring(lastEnd))) {
        text = text.substring(0, lastStart).trim();
      } else if (isSiteName(text.substring(0, firstStart))) {
        text = text.substring(firstEnd).trim();
      } else {
        return text;
      }
    }
    return text;
  }
}
