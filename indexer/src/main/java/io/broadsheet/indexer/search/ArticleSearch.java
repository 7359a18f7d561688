package io.broadsheet.indexer.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code GET /articles} in PostgreSQL: full-text match on the GIN-indexed {@code search}
 * vector, filters, time or relevance order, keyset pagination and highlighted snippets.
 *
 * <p>Languages: every article's vector was built with its own language's configuration ({@code
 * broadsheet_ts_config}). The query is parsed with {@code websearch_to_tsquery} once per
 * configuration in use ({@code search_config_in_use}, kept by the batch writer; or only the
 * requested language's), and each article is matched against the parse of its own configuration, so
 * "elections" finds English "election" and German "Wahlen" finds "Wahl" without either stemmer
 * mangling the other language.
 *
 * <p>A text search sorted by time is run window by window, newest first ({@link #TIME_WINDOWS}),
 * and stops once the page is full; the results are exactly those of one unbounded query. The SQL of
 * each query is {@link SearchSql}'s.
 */
@ApplicationScoped
public class ArticleSearch {

  /** One result: the article id, and with a query its rank and snippet (safe HTML). */
  public record Hit(String id, Float rank, String snippet) {}

  /** A page of results; {@code next} is null on the last page. */
  public record Page(List<Hit> hits, SearchCursor next) {}

  /**
   * How far back from the newest candidate the successive windows of a time-ordered text search
   * reach; past the last, the search is unbounded.
   */
  static final List<Duration> TIME_WINDOWS =
      List.of(Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30));

  private final AgroalDataSource dataSource;
  private final List<Duration> timeWindows;

  @Inject
  public ArticleSearch(AgroalDataSource dataSource) {
    this(dataSource, TIME_WINDOWS);
  }

  /** With other windows (none: every search is one unbounded query), for tests. */
  ArticleSearch(AgroalDataSource dataSource, List<Duration> timeWindows) {
    this.dataSource = dataSource;
    this.timeWindows = List.copyOf(timeWindows);
  }

  public Page search(SearchRequest request) {
    try (Connection c = dataSource.getConnection()) {
      List<String> configs = request.q() == null ? List.of() : configs(c, request);
      int wanted = request.limit() + 1;
      List<Row> rows = new ArrayList<>(wanted);
      if (request.q() == null
          || request.sort() != SearchRequest.Sort.TIME
          || timeWindows.isEmpty()) {
        rows.addAll(rows(c, request, configs, null, null, wanted));
        return page(request, rows);
      }
      // A common word matches a quarter of the articles; sorting them all by time to return 20 is
      // what made such searches slow. Newest first, the page usually lies in the last day: search
      // successive windows back from the newest candidate, each below the one before, and stop as
      // soon as the page is full. Windows are disjoint and ordered, so the concatenation is exactly
      // the unwindowed order, and the cursor needs nothing new.
      Instant newest = newest(c, request);
      if (newest == null) {
        return new Page(List.of(), null);
      }
      Instant upper = null;
      for (Duration window : timeWindows) {
        Instant lower = newest.minus(window);
        rows.addAll(rows(c, request, configs, lower, upper, wanted - rows.size()));
        if (rows.size() == wanted) {
          return page(request, rows);
        }
        upper = lower;
      }
      rows.addAll(rows(c, request, configs, null, upper, wanted - rows.size()));
      return page(request, rows);
    } catch (SQLException e) {
      throw new IllegalStateException("search failed: " + e.getMessage(), e);
    }
  }

  /** One matching article as the query returns it; {@code snippet} is a ts_headline fragment. */
  private record Row(String id, Instant sortAt, Float rank, String snippet) {}

  private static Page page(SearchRequest request, List<Row> rows) {
    List<Hit> hits = new ArrayList<>(Math.min(rows.size(), request.limit()));
    for (Row row : rows.subList(0, Math.min(rows.size(), request.limit()))) {
      hits.add(new Hit(row.id(), row.rank(), Snippets.toHtml(row.snippet())));
    }
    if (rows.size() <= request.limit()) {
      return new Page(hits, null);
    }
    return new Page(hits, cursor(request, rows.get(request.limit() - 1)));
  }

  /**
   * The newest sort time a result can have: the cursor's, else the newest article's (an index
   * lookup), bounded by {@code to}; null when there is no article at all.
   */
  private static Instant newest(Connection c, SearchRequest r) throws SQLException {
    Instant newest;
    if (r.after() != null) {
      newest = r.after().sortAt();
    } else {
      try (PreparedStatement s = c.prepareStatement("SELECT max(sort_at) FROM article");
          ResultSet rs = s.executeQuery()) {
        rs.next();
        OffsetDateTime max = rs.getObject(1, OffsetDateTime.class);
        if (max == null) {
          return null;
        }
        newest = max.toInstant();
      }
    }
    return r.to() != null && r.to().isBefore(newest) ? r.to() : newest;
  }

  /**
   * Up to {@code limit} results with {@code lower <= sort_at < upper} (either bound may be null).
   */
  private static List<Row> rows(
      Connection c,
      SearchRequest request,
      List<String> configs,
      Instant lower,
      Instant upper,
      int limit)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    String sql = SearchSql.build(request, configs, lower, upper, limit, params);
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        bind(c, s, i + 1, params.get(i));
      }
      List<Row> rows = new ArrayList<>(limit);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(
              new Row(
                  r.getString(1),
                  r.getObject(2, OffsetDateTime.class).toInstant(),
                  r.getObject(3) == null ? null : r.getFloat(3),
                  r.getString(4)));
        }
      }
      return rows;
    }
  }

  /** The cursor after {@code last}, the last row of the page. */
  private static SearchCursor cursor(SearchRequest request, Row last) {
    return request.sort() == SearchRequest.Sort.RELEVANCE
        ? new SearchCursor(null, last.rank(), last.id(), request.fingerprint())
        : new SearchCursor(last.sortAt(), null, last.id(), request.fingerprint());
  }

  /**
   * The text search configurations to parse the query with: the requested language's, or every one
   * in use ({@code search_config_in_use}, kept by the batch writer).
   */
  private static List<String> configs(Connection c, SearchRequest r) throws SQLException {
    List<String> configs = new ArrayList<>();
    String sql =
        r.language() != null
            ? "SELECT broadsheet_ts_config(?)::text"
            : "SELECT config::text FROM search_config_in_use";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (r.language() != null) {
        s.setString(1, r.language());
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          configs.add(rs.getString(1));
        }
      }
    }
    return configs;
  }

  private static void bind(Connection c, PreparedStatement s, int index, Object value)
      throws SQLException {
    if (value instanceof String[] array) {
      s.setArray(index, c.createArrayOf("text", array));
    } else if (value instanceof Instant instant) {
      s.setObject(index, instant.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    } else if (value instanceof Float f) {
      s.setFloat(index, f);
    } else if (value instanceof Integer i) {
      s.setInt(index, i);
    } else {
      s.setString(index, (String) value);
    }
  }
}
