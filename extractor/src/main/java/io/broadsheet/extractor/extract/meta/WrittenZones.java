package io.broadsheet.extractor.extract.meta;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zone a page writes after a time for its readers: "2:20pm EDT", "Sep 2, 2024, 17:07 IST",
 * "14:05 Uhr MESZ", "7:55 AM UTC", "(GMT+1)". Names are read in capitals only, as pages write them,
 * so that a word such as French "et" after a time is not taken for US Eastern time.
 *
 * <p>Names that stand for more than one zone are read as the one news pages mean by far most often
 * (IST: India; "CST" is left out, being US Central and China alike). "ET", "CT", "MT" and "PT" name
 * a region whose offset depends on the date, and are resolved with that region's rules.
 */
final class WrittenZones {

  /**
   * Right after the time: optional "Uhr" and an opening parenthesis, then GMT/UTC with an optional
   * offset ("GMT+1", "UTC+05:30"), or a capitalised name standing alone.
   */
  private static final Pattern ZONE =
      Pattern.compile(
          "^\\s{0,2}(?:Uhr\\s{1,2})?\\(?(?:(?:GMT|UTC)([+\\-−]\\d{1,2}(?::?\\d{2})?)?|([A-Z]{2,5}))"
              + "(?![\\p{L}\\d])");

  /** Fixed offsets of the names, in hours and minutes east of UTC. */
  private static final Map<String, ZoneOffset> FIXED =
      Map.ofEntries(
          Map.entry("UT", ZoneOffset.UTC),
          Map.entry("WET", ZoneOffset.UTC),
          Map.entry("WEST", ZoneOffset.ofHours(1)),
          Map.entry("BST", ZoneOffset.ofHours(1)),
          Map.entry("CET", ZoneOffset.ofHours(1)),
          Map.entry("MEZ", ZoneOffset.ofHours(1)),
          Map.entry("WAT", ZoneOffset.ofHours(1)),
          Map.entry("CEST", ZoneOffset.ofHours(2)),
          Map.entry("MESZ", ZoneOffset.ofHours(2)),
          Map.entry("EET", ZoneOffset.ofHours(2)),
          Map.entry("OEZ", ZoneOffset.ofHours(2)),
          Map.entry("SAST", ZoneOffset.ofHours(2)),
          Map.entry("CAT", ZoneOffset.ofHours(2)),
          Map.entry("EEST", ZoneOffset.ofHours(3)),
          Map.entry("OESZ", ZoneOffset.ofHours(3)),
          Map.entry("MSK", ZoneOffset.ofHours(3)),
          Map.entry("TRT", ZoneOffset.ofHours(3)),
          Map.entry("EAT", ZoneOffset.ofHours(3)),
          Map.entry("PKT", ZoneOffset.ofHours(5)),
          Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
          Map.entry("NPT", ZoneOffset.ofHoursMinutes(5, 45)),
          Map.entry("ICT", ZoneOffset.ofHours(7)),
          Map.entry("WIB", ZoneOffset.ofHours(7)),
          Map.entry("WITA", ZoneOffset.ofHours(8)),
          Map.entry("MYT", ZoneOffset.ofHours(8)),
          Map.entry("SGT", ZoneOffset.ofHours(8)),
          Map.entry("HKT", ZoneOffset.ofHours(8)),
          Map.entry("PHT", ZoneOffset.ofHours(8)),
          Map.entry("AWST", ZoneOffset.ofHours(8)),
          Map.entry("WIT", ZoneOffset.ofHours(9)),
          Map.entry("JST", ZoneOffset.ofHours(9)),
          Map.entry("KST", ZoneOffset.ofHours(9)),
          Map.entry("ACST", ZoneOffset.ofHoursMinutes(9, 30)),
          Map.entry("AEST", ZoneOffset.ofHours(10)),
          Map.entry("ACDT", ZoneOffset.ofHoursMinutes(10, 30)),
          Map.entry("AEDT", ZoneOffset.ofHours(11)),
          Map.entry("NZST", ZoneOffset.ofHours(12)),
          Map.entry("NZDT", ZoneOffset.ofHours(13)),
          Map.entry("EST", ZoneOffset.ofHours(-5)),
          Map.entry("EDT", ZoneOffset.ofHours(-4)),
          Map.entry("CDT", ZoneOffset.ofHours(-5)),
          Map.entry("MST", ZoneOffset.ofHours(-7)),
          Map.entry("MDT", ZoneOffset.ofHours(-6)),
          Map.entry("PST", ZoneOffset.ofHours(-8)),
          Map.entry("PDT", ZoneOffset.ofHours(-7)),
          Map.entry("AKST", ZoneOffset.ofHours(-9)),
          Map.entry("AKDT", ZoneOffset.ofHours(-8)),
          Map.entry("HST", ZoneOffset.ofHours(-10)));

  /** North American regions named without saying whether daylight saving is on. */
  private static final Map<String, ZoneId> REGIONS =
      Map.of(
          "ET", ZoneId.of("America/New_York"),
          "CT", ZoneId.of("America/Chicago"),
          "MT", ZoneId.of("America/Denver"),
          "PT", ZoneId.of("America/Los_Angeles"));

  private WrittenZones() {}

  /** A zone written in {@code text} from {@code from} on, and where it ends. */
  record Written(ZoneOffset offset, int end) {}

  /**
   * The zone written at {@code from} in {@code text}, right after the time of {@code local}, or
   * null when none stands there.
   */
  static Written after(String text, int from, LocalDateTime local) {
    Matcher m = ZONE.matcher(text).region(from, text.length());
    m.useAnchoringBounds(true);
    if (!m.lookingAt()) {
      return null;
    }
    ZoneOffset offset;
    if (m.group(2) == null) {
      offset = m.group(1) == null ? ZoneOffset.UTC : signed(m.group(1));
    } else if (FIXED.containsKey(m.group(2))) {
      offset = FIXED.get(m.group(2));
    } else if (REGIONS.containsKey(m.group(2))) {
      offset = REGIONS.get(m.group(2)).getRules().getOffset(local);
    } else {
      return null;
    }
    return offset == null ? null : new Written(offset, m.end());
  }

  /** "+1", "+05:30", "-0400", "−3" (a minus sign) as an offset; null when out of range. */
  private static ZoneOffset signed(String text) {
    int sign = text.charAt(0) == '+' ? 1 : -1;
    String digits = text.substring(1).replace(":", "");
    int hours;
    int minutes = 0;
    if (digits.length() <= 2) {
      hours = Integer.parseInt(digits);
    } else {
      hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
      minutes = Integer.parseInt(digits.substring(digits.length() - 2));
    }
    if (hours > 14 || minutes > 59) {
      return null;
    }
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }
}
