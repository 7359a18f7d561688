package io.broadsheet.indexer.store;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.version.VersionPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The SQL that writes {@code article_version}: superseded versions of an article. */
final class VersionHistory {

  private static final String FIELDS =
      "article_id, extracted_at, fetched_at, title, subtitle, authors, section, topics, lead_image,"
          + " body, body_text, word_count, content_hash, extractor_version, fingerprint, changed";

  /** Copies the current row into the history, before a newer version overwrites it. */
  static final String ARCHIVE =
      "INSERT INTO article_version ("
          + FIELDS
          + ") SELECT id, extracted_at, fetched_at, title, subtitle, authors, section, topics,"
          + " lead_image, body, body_text, word_count, content_hash, extractor_version,"
          + " fingerprint, changed FROM article WHERE id = ? ON CONFLICT DO NOTHING";

  /** A version known only from an event (superseded in the same batch, or arriving late). */
  static final String INSERT =
      "INSERT INTO article_version ("
          + FIELDS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT DO NOTHING";

  /** A history row whose predecessor changed. */
  static final String FIX_CHANGED =
      "UPDATE article_version SET changed = ? WHERE article_id = ? AND extracted_at = ?";

  /** The current row's version number and changes, when only those moved. */
  static final String FIX_CURRENT =
      "UPDATE article SET version = ?, changed = ?, last_indexed_at = now() WHERE id = ?";

  private VersionHistory() {}

  static void addInsert(Connection c, PreparedStatement s, VersionPlan.HistoryInsert insert)
      throws SQLException {
    ArticleExtracted e = insert.event();
    int i = 1;
    s.setString(i++, e.id());
    ArticleUpsert.setInstant(s, i++, e.extractedAt());
    ArticleUpsert.setInstant(s, i++, e.fetchedAt());
    s.setString(i++, e.title());
    s.setString(i++, e.subtitle());
    s.setArray(i++, c.createArrayOf("text", e.authors().toArray()));
    s.setString(i++, e.section());
    s.setArray(i++, c.createArrayOf("text", e.topics().toArray()));
    s.setString(i++, e.leadImage() == null ? null : ArticleUpsert.json(e.leadImage()));
    s.setString(i++, ArticleUpsert.json(e.body()));
    s.setString(i++, e.bodyText());
    s.setInt(i++, e.wordCount());
    s.setString(i++, e.contentHash());
    s.setString(i++, e.extractorVersion());
    s.setString(i++, insert.fingerprint());
    s.setArray(i, c.createArrayOf("text", insert.changed().toArray()));
    s.addBatch();
  }

  static void addFix(
      Connection c,
      PreparedStatement s,
      String articleId,
      Instant extractedAt,
      List<String> changed)
      throws SQLException {
    s.setArray(1, c.createArrayOf("text", changed.toArray()));
    s.setString(2, articleId);
    ArticleUpsert.setInstant(s, 3, extractedAt);
    s.addBatch();
  }

  static void addCurrentFix(
      Connection c, PreparedStatement s, String articleId, int version, List<String> changed)
      throws SQLException {
    s.setInt(1, version);
    s.setArray(2, c.createArrayOf("text", changed.toArray()));
    s.setString(3, articleId);
    s.addBatch();
  }
}
