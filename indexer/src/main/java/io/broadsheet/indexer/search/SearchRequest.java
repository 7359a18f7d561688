package io.broadsheet.indexer.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A validated {@code GET /articles} request. Every bad parameter is refused with a message that
 * names it and says what would be accepted.
 *
 * @param q web-search syntax query, or null for no text condition
 * @param from published at or after (inclusive), or null
 * @param to published at or before (inclusive), or null
 * @param sort {@code time} (newest first) or {@code relevance} (best match first; needs {@code q})
 */
public record SearchRequest(
    String q,
    String site,
    String section,
    String topic,
    String author,
    String language,
    Instant from,
    Instant to,
    String story,
    Sort sort,
    int limit,
    SearchCursor after) {

  /** The order of results. */
  public enum Sort {
    TIME,
    RELEVANCE
  }

  /** Limits the parser enforces. */
  public record Limits(int defaultLimit, int maxLimit, int maxQueryLength) {}

  /** Parses raw query parameters. */
  public static SearchRequest parse(
      String q,
      String site,
      String section,
      String topic,
      String author,
      String language,
      String from,
      String to,
      String story,
      String sort,
      String limit,
      String cursor,
      Limits limits) {
    String query = blankToNull(q);
    if (query != null && query.length() > limits.maxQueryLength()) {
      throw new InvalidSearchException(
          "q",
          "q is "
              + query.length()
              + " characters long; the longest accepted is "
              + limits.maxQueryLength());
    }
    Sort order = parseSort(sort, query);
    String lang = blankToNull(language);
    if (lang != null && !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
      throw new InvalidSearchException(
          "language", "language must be a BCP 47 tag such as 'en' or 'pt-BR', got '" + lang + "'");
    }
    Instant fromInstant = parseTime("from", from, false);
    Instant toInstant = parseTime("to", to, true);
    if (fromInstant != null && toInstant != null && fromInstant.isAfter(toInstant)) {
      throw new InvalidSearchException("from", "from (" + from + ") is after to (" + to + ")");
    }
    SearchRequest request =
        new SearchRequest(
            query,
            blankToNull(site),
            blankToNull(section),
            blankToNull(topic),
            blankToNull(author),
            lang,
            fromInstant,
            toInstant,
            blankToNull(story),
            order,
            parseLimit(limit, limits),
            null);
    if (cursor == null) {
      return request;
    }
    SearchCursor after = SearchCursor.decode(cursor, request.fingerprint(), order);
    return new SearchRequest(
        request.q,
        request.site,
        request.section,
        request.topic,
        request.author,
        request.language,
        request.from,
        request.to,
        request.story,
        request.sort,
        request.limit,
        after);
  }

  /** Identifies the query a cursor was issued for: the same conditions and order. */
  public String fingerprint() {
    String all =
        String.join(
            "\u001f",
            String.valueOf(q),
            String.valueOf(site),
            String.valueOf(section),
            String.valueOf(topic),
            String.valueOf(author),
            String.valueOf(language),
            String.valueOf(from),
            String.valueOf(to),
            String.valueOf(story),
            sort.name());
    return Integer.toHexString(all.hashCode());
  }

  private static Sort parseSort(String sort, String query) {
    String value = blankToNull(sort);
    if (value == null || value.equals("time")) {
      return Sort.TIME;
    }
    if (value.equals("relevance")) {
      if (query == null) {
        throw new InvalidSearchException("sort", "sort=relevance needs a query (q)");
      }
      return Sort.RELEVANCE;
    }
    throw new InvalidSearchException(
        "sort", "sort must be 'time' or 'relevance', got '" + sort + "'");
  }

  private static int parseLimit(String limit, Limits limits) {
    if (limit == null) {
      return limits.defaultLimit();
    }
    int value;
    try {
      value = Integer.parseInt(limit.trim());
    } catch (NumberFormatException e) {
      throw new InvalidSearchException("limit", "limit must be an integer, got '" + limit + "'");
    }
    if (value < 1 || value > limits.maxLimit()) {
      throw new InvalidSearchException(
          "limit", "limit must be between 1 and " + limits.maxLimit() + ", got " + value);
    }
    return value;
  }

  /**
   * An ISO-8601 date-time with offset, or a date (a UTC day: {@code from} its first instant, {@code
   * to} its last, so that {@code to=2024-05-01} includes the whole day).
   */
  static Instant parseTime(String parameter, String raw, boolean endOfDay) {
    String value = blankToNull(raw);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notDateTime) {
      try {
        LocalDate day = LocalDate.parse(value);
        return endOfDay
            ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000)
            : day.atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notDate) {
        throw new InvalidSearchException(
            parameter,
            parameter
                + " must be a date (2024-05-01) or a date-time with offset"
                + " (2024-05-01T10:00:00+02:00), got '"
                + value
                + "'");
      }
    }
  }

  private static String blankToNull(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    return trimmed.isEmpty() ? null : trimmed;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SearchRequest[q=%s, sort=%s, limit=%d]", q, sort, limit);
  }
}
