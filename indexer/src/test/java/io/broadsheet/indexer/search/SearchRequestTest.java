package io.broadsheet.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

  private static final SearchRequest.Limits LIMITS = new SearchRequest.Limits(20, 100, 50);

  private static SearchRequest parse(
      String q, String language, String from, String to, String sort, String limit, String cursor) {
    return SearchRequest.parse(
        q, null, null, null, null, language, from, to, null, sort, limit, cursor, LIMITS);
  }

  @Test
  void noParametersListNewestFirstWithTheDefaultPageSize() {
    SearchRequest r = parse(null, null, null, null, null, null, null);

    assertThat(r.sort()).isEqualTo(SearchRequest.Sort.TIME);
    assertThat(r.limit()).isEqualTo(20);
    assertThat(r.q()).isNull();
  }

  @Test
  void blankParametersCountAsAbsent() {
    SearchRequest r = parse("  ", " ", "", null, "", null, null);

    assertThat(r.q()).isNull();
    assertThat(r.language()).isNull();
    assertThat(r.from()).isNull();
  }

  @Test
  void aDateToIncludesTheWholeUtcDay() {
    SearchRequest r = parse(null, null, "2024-05-01", "2024-05-01", null, null, null);

    assertThat(r.from()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
    assertThat(r.to()).isEqualTo(Instant.parse("2024-05-01T23:59:59.999999Z"));
  }

  @Test
  void aDateTimeKeepsItsOffset() {
    assertThat(parse(null, null, "2024-05-01T10:00:00+02:00", null, null, null, null).from())
        .isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
  }

  @Test
  void refusalsNameTheParameterAndWhatIsAccepted() {
    assertRefused(
        () -> parse(null, null, "yesterday", null, null, null, null),
        "from",
        "from must be a date (2024-05-01) or a date-time with offset");
    assertRefused(
        () -> parse(null, null, "2024-05-02", "2024-05-01", null, null, null),
        "from",
        "from (2024-05-02) is after to (2024-05-01)");
    assertRefused(
        () -> parse(null, null, null, null, "popular", null, null),
        "sort",
        "sort must be 'time' or 'relevance', got 'popular'");
    assertRefused(
        () -> parse(null, null, null, null, "relevance", null, null),
        "sort",
        "sort=relevance needs a query (q)");
    assertRefused(
        () -> parse("x".repeat(51), null, null, null, null, null, null),
        "q",
        "q is 51 characters long; the longest accepted is 50");
    assertRefused(
        () -> parse(null, "english", null, null, null, null, null),
        "language",
        "language must be a BCP 47 tag");
    assertRefused(
        () -> parse(null, null, null, null, null, "0", null),
        "limit",
        "limit must be between 1 and 100, got 0");
  }

  @Test
  void aCursorRoundTripsForTheSameQuery() {
    SearchRequest first = parse("bridge", null, null, null, "relevance", null, null);
    String cursor = new SearchCursor(null, 0.25f, "abc", first.fingerprint()).encode();

    SearchRequest next = parse("bridge", null, null, null, "relevance", null, cursor);

    assertThat(next.after().rank()).isEqualTo(0.25f);
    assertThat(next.after().id()).isEqualTo("abc");
  }

  @Test
  void aCursorFromAnotherQueryIsRefused() {
    SearchRequest first = parse("bridge", null, null, null, null, null, null);
    String cursor = new SearchCursor(Instant.EPOCH, null, "abc", first.fingerprint()).encode();

    assertRefused(
        () -> parse("tunnel", null, null, null, null, null, cursor),
        "cursor",
        "cursor belongs to another query");
    assertRefused(
        () -> parse(null, null, null, null, null, null, "bm90LWEtY3Vyc29y"),
        "cursor",
        "invalid cursor 'bm90LWEtY3Vyc29y'");
  }

  private static void assertRefused(Runnable call, String parameter, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            InvalidSearchException.class, e -> assertThat(e.parameter()).isEqualTo(parameter))
        .hasMessageStartingWith(message);
  }
}
