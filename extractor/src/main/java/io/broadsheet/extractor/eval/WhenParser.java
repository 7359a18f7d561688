package io.broadsheet.extractor.eval;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.regex.Pattern;

/** Parses the ISO-8601 spellings found in labels and predictions: offset, naive, or date only. */
final class WhenParser {

  private static final Pattern DATE_ONLY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

  /** An {@link OffsetDateTime}, a {@link LocalDateTime}, a {@link LocalDate}, or null. */
  static Temporal parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    try {
      if (DATE_ONLY.matcher(s).matches()) {
        return LocalDate.parse(s);
      }
      s = s.replace('z', 'Z').replace("Z", "+00:00").replace(' ', 'T');
      s = COMPACT_OFFSET.matcher(s).replaceFirst("$1:$2");
      try {
        return OffsetDateTime.parse(s);
      } catch (DateTimeParseException naive) {
        return LocalDateTime.parse(s);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private WhenParser() {}
}
