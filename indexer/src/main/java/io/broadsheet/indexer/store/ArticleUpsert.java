package io.broadsheet.indexer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.EventCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The idempotent upsert of one article, as a single PostgreSQL statement keyed by canonical URL. A
 * stored row is replaced only by an event extracted strictly later, so a redelivered event or an
 * older one arriving out of order never overwrites newer data. {@code first_indexed_at} is set
 * once; {@code last_indexed_at} moves with every replacement.
 */
public final class ArticleUpsert {

  /** Columns written from the event, in parameter order. */
  static final List<String> COLUMNS =
      List.of(
          "id",
          "canonical_url",
          "url",
          "site",
          "title",
          "subtitle",
          "authors",
          "credit",
          "published",
          "published_offset",
          "updated",
          "updated_offset",
          "section",
          "topics",
          "language",
          "site_name",
          "lead_image",
          "body",
          "body_text",
          "word_count",
          "paywalled",
          "content_hash",
          "extractor_version",
          "fetched_at",
          "extracted_at");

  static final String SQL = buildSql();

  private ArticleUpsert() {}

  private static String buildSql() {
    StringBuilder values = new StringBuilder();
    StringBuilder updates = new StringBuilder();
    for (String column : COLUMNS) {
      values.append(column.equals("lead_image") || column.equals("body") ? "?::jsonb, " : "?, ");
      if (!column.equals("id")) {
        updates.append(column).append(" = EXCLUDED.").append(column).append(", ");
      }
    }
    return "INSERT INTO article AS a ("
        + String.join(", ", COLUMNS)
        + ", first_indexed_at, last_indexed_at) VALUES ("
        + values
        + "now(), now()) ON CONFLICT (canonical_url) DO UPDATE SET "
        + updates
        + "last_indexed_at = EXCLUDED.last_indexed_at"
        + " WHERE a.extracted_at < EXCLUDED.extracted_at"
        + " RETURNING (xmax = 0) AS inserted";
  }

  /** Runs the upsert on {@code connection} (inside the caller's transaction). */
  public static IndexOutcome execute(Connection connection, ArticleExtracted event)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SQL)) {
      bind(connection, statement, event);
      try (ResultSet result = statement.executeQuery()) {
        if (!result.next()) {
          return IndexOutcome.UNCHANGED;
        }
        return result.getBoolean(1) ? IndexOutcome.INSERTED : IndexOutcome.UPDATED;
      }
    }
  }

  private static void bind(Connection connection, PreparedStatement s, ArticleExtracted e)
      throws SQLException {
    int i = 1;
    s.setString(i++, e.id());
    s.setString(i++, e.canonicalUrl());
    s.setString(i++, e.url());
    s.setString(i++, e.site());
    s.setString(i++, e.title());
    s.setString(i++, e.subtitle());
    s.setArray(i++, connection.createArrayOf("text", e.authors().toArray()));
    s.setArray(i++, connection.createArrayOf("text", e.credit().toArray()));
    i = setOffsetTime(s, i, e.published());
    i = setOffsetTime(s, i, e.updated());
    s.setString(i++, e.section());
    s.setArray(i++, connection.createArrayOf("text", e.topics().toArray()));
    s.setString(i++, e.language());
    s.setString(i++, e.siteName());
    s.setString(i++, e.leadImage() == null ? null : json(e.leadImage()));
    s.setString(i++, json(e.body()));
    s.setString(i++, e.bodyText());
    s.setInt(i++, e.wordCount());
    if (e.paywalled() == null) {
      s.setNull(i++, Types.BOOLEAN);
    } else {
      s.setBoolean(i++, e.paywalled());
    }
    s.setString(i++, e.contentHash());
    s.setString(i++, e.extractorVersion());
    setInstant(s, i++, e.fetchedAt());
    setInstant(s, i, e.extractedAt());
  }

  /** Binds the instant and its offset (seconds) to two consecutive parameters. */
  private static int setOffsetTime(PreparedStatement s, int i, OffsetDateTime time)
      throws SQLException {
    if (time == null) {
      s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
      s.setNull(i + 1, Types.INTEGER);
    } else {
      setInstant(s, i, time.toInstant());
      s.setInt(i + 1, time.getOffset().getTotalSeconds());
    }
    return i + 2;
  }

  private static void setInstant(PreparedStatement s, int i, Instant instant) throws SQLException {
    if (instant == null) {
      s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setObject(i, instant.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }
  }

  static String json(Object value) {
    try {
      return EventCodec.mapper().writeValueAsString(value);
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException("cannot write " + value + " as JSON", ex);
    }
  }
}
