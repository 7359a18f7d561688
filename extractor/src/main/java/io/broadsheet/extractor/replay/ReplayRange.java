package io.broadsheet.extractor.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What a replay covers: pages fetched from {@code from} to {@code to} (both inclusive, by the
 * record timestamp), of one site ({@code site}, the record key: the page's host) or of all sites.
 */
public record ReplayRange(Instant from, Instant to, Optional<String> site) {

  public ReplayRange {
    if (from.isAfter(to)) {
      throw new ReplayRequestException("from (" + from + ") is after to (" + to + ")");
    }
    site = site.map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty());
  }

  /**
   * Reads a request's fields; every problem is a {@link ReplayRequestException} naming the field.
   *
   * @param maxRange the widest range allowed, so that a typo cannot replay the whole topic
   */
  public static ReplayRange parse(String from, String to, String site, Duration maxRange) {
    ReplayRange range =
        new ReplayRange(instant("from", from), instant("to", to), Optional.ofNullable(site));
    if (Duration.between(range.from, range.to).compareTo(maxRange) > 0) {
      throw new ReplayRequestException(
          "the range from "
              + range.from
              + " to "
              + range.to
              + " is wider than the maximum of "
              + maxRange
              + " (broadsheet.extractor.replay.max-range); split it");
    }
    return range;
  }

  /** Whether a record with this timestamp and key is part of the replay. */
  public boolean covers(long timestampMillis, String key) {
    return timestampMillis >= from.toEpochMilli()
        && timestampMillis <= to.toEpochMilli()
        && site.map(s -> s.equalsIgnoreCase(key)).orElse(true);
  }

  /**
   * Whether a page could be in both: the ranges intersect and the sites are the same, or one of
   * them is every site.
   */
  public boolean overlaps(ReplayRange other) {
    boolean sameSites = site.isEmpty() || other.site.isEmpty() || site.equals(other.site);
    return sameSites && !from.isAfter(other.to) && !other.from.isAfter(to);
  }

  private static Instant instant(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new ReplayRequestException(
          field + " is required: an ISO-8601 instant, e.g. 2026-11-27T05:00:00Z");
    }
    try {
      return Instant.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new ReplayRequestException(
          field + " is not an ISO-8601 instant (e.g. 2026-11-27T05:00:00Z): " + text);
    }
  }
}
