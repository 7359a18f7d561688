package io.broadsheet.indexer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.EventCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The idempotent upsert of an article's current row, keyed by canonical URL. A stored row is
 * replaced only by an event extracted strictly later, so a redelivered event or an older one
 * arriving out of order never overwrites newer data, even when two indexers race on the same URL.
 * {@code first_indexed_at} and {@code story_id} are set once; {@code last_indexed_at} moves with
 * every replacement. The search vector and its configuration are generated columns.
 */
public final class ArticleUpsert {

  /** Columns written from the event and the indexer's derived values, in parameter order. */
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
          "extracted_at",
          "version",
          "changed",
          "fingerprint",
          "body_hash",
          "story_id",
          "minhash",
          "lsh_bands");

  /** Set once, when the row is created. */
  private static final List<String> KEPT = List.of("id", "story_id");

  static final String SQL = buildSql();

  private ArticleUpsert() {}

  /** The indexer's derived values that go with an event into the current row. */
  public record Derived(
      int version,
      List<String> changed,
      String fingerprint,
      String bodyHash,
      String storyId,
      int[] minhash,
      long[] lshBands) {}

  private static String buildSql() {
    StringBuilder values = new StringBuilder();
    StringBuilder updates = new StringBuilder();
    for (String column : COLUMNS) {
      values.append(column.equals("lead_image") || column.equals("body") ? "?::jsonb, " : "?, ");
      if (!KEPT.contains(column)) {
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
        + " WHERE a.extracted_at < EXCLUDED.extracted_at";
  }

  /** Adds the upsert of {@code event} to the statement's batch. */
  static void addBatch(Connection connection, PreparedStatement s, ArticleExtracted e, Derived d)
      throws SQLException {
    int i = bindEvent(connection, s, 1, e);
    s.setInt(i++, d.version());
    s.setArray(i++, connection.createArrayOf("text", d.changed().toArray()));
    s.setString(i++, d.fingerprint());
    s.setString(i++, d.bodyHash());
    s.setString(i++, d.storyId());
    s.setArray(
        i++, d.minhash() == null ? null : connection.createArrayOf("int4", box(d.minhash())));
    s.setArray(
        i, d.lshBands() == null ? null : connection.createArrayOf("int8", box(d.lshBands())));
    s.addBatch();
  }

  /** Binds the event's own columns, {@code id} to {@code extracted_at}; returns the next index. */
  private static int bindEvent(
      Connection connection, PreparedStatement s, int i, ArticleExtracted e) throws SQLException {
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
    setInstant(s, i++, e.extractedAt());
    return i;
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

  static void setInstant(PreparedStatement s, int i, Instant instant) throws SQLException {
    if (instant == null) {
      s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setObject(i, instant.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }
  }

  static Integer[] box(int[] values) {
    Integer[] boxed = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }

  static Long[] box(long[] values) {
    Long[] boxed = new Long[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }

  static String json(Object value) {
    try {
      return EventCodec.mapper().writeValueAsString(value);
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException("cannot write " + value + " as JSON", ex);
    }
  }
}
