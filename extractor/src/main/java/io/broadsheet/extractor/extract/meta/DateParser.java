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
 * second, a bare date, "20240503T140500Z"), the HTTP and RSS form of RFC 1123 / RFC 822 ("Mon, 05
 * Aug 2024 12:47:21 GMT", "5 Aug 2024 12:47 +0200") that some CMSs write into {@code <time
 * datetime>}, meta tags and JSON-LD, and JavaScript's {@code Date.toString()} form. Anything else
 * is left to {@link TextDates}. Never throws.
 */
final class DateParser {

  private static final Pattern ISO =
      Pattern.compile(
          "^(\\d{4})-?(\\d{2})-?(\\d{2})"
              + "(?:[T\\s]+(\\d{1,2}):?(\\d{2})(?::?(\\d{2})(?:[.,]\\d{1,9})?)?)?"
              + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * RFC 1123 / RFC 822: an optional English weekday, day, English month abbreviation, year, time
   * and zone (GMT, UT, Z, a numeric offset, or a North American zone name).
   */
  private static final Pattern RFC_1123 =
      Pattern.compile(
          "^(?:[A-Za-z]{3},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3})\\s+(\\d{4})\\s+"
              + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(GMT|UTC?|Z|[+-]\\d{4}|[ECMP][SD]T)?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * JavaScript's {@code Date.toString()}, which pages rendered in the browser write into {@code
   * <time datetime>}: "Tue Nov 19 2019 05:44:06 GMT+0000 (Coordinated Universal Time)".
   */
  private static final Pattern JS_DATE =
      Pattern.compile(
          "^[A-Za-z]{3}\\s+([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})"
              + "\\s*GMT([+-]\\d{4})(?:\\s*\\([^()]*\\))?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * Earlier years are placeholders: news on the web starts in the 1990s (as in {@link TextDates}).
   */
  static final int MIN_YEAR = 1990;

  /** Longer values are no machine date (the JavaScript form with its zone name is the longest). */
  private static final int MAX_LENGTH = 80;

  private DateParser() {}

  /** The stamp written in {@code value}, or null when it is not an ISO-like date. */
  static Stamp parse(String value) {
    if (value == null) {
      return null;
    }
    String text = value.trim();
    if (text.length() > MAX_LENGTH) {
      return null;
    }
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      return englishDateTime(text);
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

  /** The RFC 1123 or JavaScript date in {@code text}, or null. */
  private static Stamp englishDateTime(String text) {
    Matcher m = RFC_1123.matcher(text);
    if (m.matches()) {
      return stamp(m.group(3), m.group(2), m.group(1), m, 4, rfcZone(m.group(7)));
    }
    m = JS_DATE.matcher(text);
    if (m.matches()) {
      return stamp(m.group(3), m.group(1), m.group(2), m, 4, offset(m.group(7)));
    }
    return null;
  }

  /** Year, English month abbreviation and day, then hour, minute, second from group {@code at}. */
  private static Stamp stamp(
      String year, String monthName, String day, Matcher m, int at, ZoneOffset zone) {
    int month = MonthNames.month(monthName);
    if (month == 0) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
      if (date.getYear() < MIN_YEAR) {
        return null;
      }
      int seconds = m.group(at + 2) == null ? 0 : Integer.parseInt(m.group(at + 2));
      LocalDateTime local =
          date.atTime(Integer.parseInt(m.group(at)), Integer.parseInt(m.group(at + 1)), seconds);
      return new Stamp(local, zone, true);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** RFC 822's zone names ("UT", "EST", "PDT"...) beside the forms {@link #offset} reads. */
  private static ZoneOffset rfcZone(String zone) {
    if (zone == null) {
      return null;
    }
    String upper = zone.toUpperCase(java.util.Locale.ROOT);
    if (upper.equals("UT")) {
      return ZoneOffset.UTC;
    }
    int standard = "ECMP".indexOf(upper.charAt(0));
    if (upper.length() == 3 && upper.endsWith("T") && standard >= 0) {
      // Eastern -5 ... Pacific -8; the daylight-saving forms (EDT) one hour later
      return ZoneOffset.ofHours(-5 - standard + (upper.charAt(1) == 'D' ? 1 : 0));
    }
    return offset(upper);
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
