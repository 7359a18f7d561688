package io.broadsheet.indexer.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
 * <p>Snippets are computed in an outer query over the page only: {@code ts_headline} re-parses the
 * whole body and is the most expensive step of a search.
 */
@ApplicationScoped
public class ArticleSearch {

  /** One result: the article id, and with a query its rank and snippet (safe HTML). */
  public record Hit(String id, Float rank, String snippet) {}

  /** A page of results; {@code next} is null on the last page. */
  public record Page(List<Hit> hits, SearchCursor next) {}

  private final AgroalDataSource dataSource;

  public ArticleSearch(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Page search(SearchRequest request) {
    try (Connection c = dataSource.getConnection()) {
      List<Object> params = new ArrayList<>();
      String sql = sql(request, request.q() == null ? List.of() : configs(c, request), params);
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < params.size(); i++) {
          bind(c, s, i + 1, params.get(i));
        }
        List<Hit> hits = new ArrayList<>();
        Instant lastSortAt = null;
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            if (hits.size() == request.limit()) {
              Hit last = hits.get(hits.size() - 1);
              return new Page(hits, cursor(request, last, lastSortAt));
            }
            Float rank = r.getObject(3) == null ? null : r.getFloat(3);
            hits.add(new Hit(r.getString(1), rank, Snippets.toHtml(r.getString(4))));
            lastSortAt = r.getObject(2, OffsetDateTime.class).toInstant();
          }
        }
        return new Page(hits, null);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("search failed: " + e.getMessage(), e);
    }
  }

  private static SearchCursor cursor(SearchRequest request, Hit last, Instant lastSortAt) {
    return request.sort() == SearchRequest.Sort.RELEVANCE
        ? new SearchCursor(null, last.rank(), last.id(), request.fingerprint())
        : new SearchCursor(lastSortAt, null, last.id(), request.fingerprint());
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

  /**
   * The query, parameters appended to {@code params} in the order they appear. The text condition
   * is one OR arm per configuration ({@code search_config = X AND search @@ parse(X, q)}), so that
   * each arm is a plain GIN index condition and PostgreSQL combines them with a BitmapOr; a join to
   * a table of parsed queries looked the same but was planned as a scan of every row.
   */
  private static String sql(SearchRequest r, List<String> configs, List<Object> params) {
    boolean text = r.q() != null;
    String rank =
        text ? "ts_rank(a.search, websearch_to_tsquery(a.search_config, ?), 1)" : "NULL::real";
    StringBuilder inner = new StringBuilder("SELECT a.id, a.sort_at, ");
    inner.append(rank).append(" AS rank FROM article a WHERE ");
    if (text) {
      params.add(r.q());
      List<String> arms = new ArrayList<>();
      for (String config : configs) {
        arms.add(
            "(a.search_config = ?::regconfig AND a.search @@ websearch_to_tsquery(?::regconfig, ?))");
        params.add(config);
        params.add(config);
        params.add(r.q());
      }
      inner.append(arms.isEmpty() ? "false" : "(" + String.join(" OR ", arms) + ")");
    } else {
      inner.append("true");
    }
    filter(inner, params, " AND a.site = ?", r.site());
    filter(inner, params, " AND a.section = ?", r.section());
    filter(inner, params, " AND a.topics @> ARRAY[?]::text[]", r.topic());
    filter(inner, params, " AND a.authors @> ARRAY[?]::text[]", r.author());
    filter(inner, params, " AND a.story_id = ?", r.story());
    if (r.language() != null) {
      inner.append(
          " AND (lower(a.language) = lower(?) OR lower(a.language) LIKE lower(?) || '-%')");
      params.add(r.language());
      params.add(r.language());
    }
    filter(inner, params, " AND a.published >= ?", r.from());
    filter(inner, params, " AND a.published <= ?", r.to());
    String order;
    if (r.sort() == SearchRequest.Sort.RELEVANCE) {
      if (r.after() != null) {
        inner.append(" AND (").append(rank).append(", a.id) < (?::real, ?)");
        params.add(r.q());
        params.add(r.after().rank());
        params.add(r.after().id());
      }
      order = " ORDER BY rank DESC, id DESC";
    } else {
      if (r.after() != null) {
        inner.append(" AND (a.sort_at, a.id) < (?, ?)");
        params.add(r.after().sortAt());
        params.add(r.after().id());
      }
      order = " ORDER BY sort_at DESC, id DESC";
    }
    inner.append(order).append(" LIMIT ?");
    params.add(r.limit() + 1);
    if (!text) {
      return "SELECT id, sort_at, rank, NULL::text FROM (" + inner + ") i" + order;
    }
    // The headline's two parameters come first in the text.
    params.add(0, Snippets.OPTIONS);
    params.add(0, r.q());
    String outerOrder =
        r.sort() == SearchRequest.Sort.RELEVANCE
            ? " ORDER BY i.rank DESC, i.id DESC"
            : " ORDER BY i.sort_at DESC, i.id DESC";
    return "SELECT i.id, i.sort_at, i.rank, ts_headline(a.search_config, a.body_text,"
        + " websearch_to_tsquery(a.search_config, ?), ?) FROM ("
        + inner
        + ") i JOIN article a ON a.id = i.id"
        + outerOrder;
  }

  private static void filter(StringBuilder sql, List<Object> params, String clause, Object value) {
    if (value != null) {
      sql.append(clause);
      params.add(value);
    }
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
