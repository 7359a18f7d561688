package io.broadsheet.indexer.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one {@code GET /articles} query: text condition, filters, an optional time window,
 * keyset position, order and limit, with snippets computed for the returned rows only ({@code
 * broadsheet_snippet}, migration V3: {@code ts_headline} over the first paragraph that holds a word
 * of the query; parsing text for snippets is the most expensive step of a search).
 */
final class SearchSql {

  private SearchSql() {}

  /**
   * The query, parameters appended to {@code params} in the order they appear. The text condition
   * is one OR arm per configuration ({@code search_config = X AND search @@ parse(X, q)}), so that
   * each arm is a plain GIN index condition and PostgreSQL combines them with a BitmapOr; a join to
   * a table of parsed queries looked the same but was planned as a scan of every row.
   *
   * <p>The window bounds ({@code lower <= sort_at < upper}, each optional) are written as literals,
   * not parameters: the planner must see how narrow the window is to choose its plan, and a
   * server-prepared statement would be planned without them.
   */
  static String build(
      SearchRequest r,
      List<String> configs,
      Instant lower,
      Instant upper,
      int limit,
      List<Object> params) {
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
    if (lower != null) {
      inner.append(" AND a.sort_at >= ").append(literal(lower));
    }
    if (upper != null) {
      inner.append(" AND a.sort_at < ").append(literal(upper));
    }
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
    params.add(limit);
    if (!text) {
      return "SELECT id, sort_at, rank, NULL::text FROM (" + inner + ") i" + order;
    }
    // The snippet's two parameters come first in the text.
    params.add(0, Snippets.OPTIONS);
    params.add(0, r.q());
    String outerOrder =
        r.sort() == SearchRequest.Sort.RELEVANCE
            ? " ORDER BY i.rank DESC, i.id DESC"
            : " ORDER BY i.sort_at DESC, i.id DESC";
    return "SELECT i.id, i.sort_at, i.rank, broadsheet_snippet(a.search_config, a.body_text, ?, ?)"
        + " FROM ("
        + inner
        + ") i JOIN article a ON a.id = i.id"
        + outerOrder;
  }

  /** An instant as a SQL literal; {@link Instant#toString()} is ISO-8601 in UTC, nothing else. */
  private static String literal(Instant instant) {
    return "TIMESTAMPTZ '" + instant + "'";
  }

  private static void filter(StringBuilder sql, List<Object> params, String clause, Object value) {
    if (value != null) {
      sql.append(clause);
      params.add(value);
    }
  }
}
