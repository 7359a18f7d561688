package io.broadsheet.extractor.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the machine-readable dates of meta tags, JSON-LD and {@code <time datetime>}: ISO 8601 and
 * its common deviations ("2024-05-03 14:05:00", "2024-05-03T14:05:00+0200", "Z", fractions of a
 * second, a bare date, "20240503T140500Z"). Anything else is left to {@link TextDates}. Never
 * throws.
 */
final class DateParser {

  private static final Pattern ISO =
      Pattern.compile(
          "^(\\d{4})-?(\\d{2})-?(\\d{2})"
              + "(?:[T\\s]+(\\d{1,2}):?(\\d{2})(?::?(\\d{2})(?:[.,]\\d{1,9})?)?)?"
              + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Earlier years are placeholders: news on the web starts in the 1990s (as in {@link TextDates}).
   */
  static final int MIN_YEAR = 1990;

  private DateParser() {}

  /** The stamp written in {@code value}, or null when it is not an ISO-like date. */
  static Stamp parse(String value) {
    if (value == null) {
      return null;
    }
    String text = value.trim();
    if (text.length() > 40) {
      return null;
    }
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (date.getYear() < MIN_YEAR) {
        return null; // a CMS's empty date ("0001-01-01", the epoch), not a publication
      }
      if (m.group(4) == null) {
        return Stamp.ofDate(date);
      }
      int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      LocalDateTime local =
          date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds);
      return new Stamp(local, offset(m.group(7)), true);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** "+02:00", "+0200", "+02", "Z", "UTC", "GMT" as an offset; null for none. */
  static ZoneOffset offset(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    if (upper.equals("Z") || upper.equals("UTC") || upper.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = upper.replace(":", "");
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
