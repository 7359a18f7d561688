package io.broadsheet.extractor.extract.meta;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A date as a page states it: a wall-clock date-time, with the UTC offset only when the page gives
 * one, and whether a time of day was given at all ("3 May 2024" has none).
 *
 * @param local the wall-clock date and time (midnight when the page gives no time)
 * @param offset the stated offset, or null when the page states none
 * @param hasTime whether the page gave a time of day
 */
record Stamp(LocalDateTime local, ZoneOffset offset, boolean hasTime) {

  static Stamp ofDate(LocalDate date) {
    return new Stamp(date.atTime(LocalTime.MIDNIGHT), null, false);
  }

  /** This stamp with {@code zone} as its offset when it has none. */
  Stamp withDefaultOffset(ZoneOffset zone) {
    return offset != null || zone == null ? this : new Stamp(local, zone, hasTime);
  }

  /** As an OffsetDateTime; a stamp without an offset is read as UTC (documented fallback). */
  OffsetDateTime toOffsetDateTime() {
    return local.atOffset(offset == null ? ZoneOffset.UTC : offset);
  }
}
