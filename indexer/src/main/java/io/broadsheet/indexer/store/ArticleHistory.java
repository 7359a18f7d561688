package io.broadsheet.indexer.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads the versions of an article: its history rows, then its current row, oldest first. */
@ApplicationScoped
public class ArticleHistory {

  private static final String FIELDS =
      "extracted_at, fetched_at, title, subtitle, authors, section, topics, lead_image::text,"
          + " body::text, body_text, word_count, content_hash, extractor_version, changed";

  private final AgroalDataSource dataSource;

  public ArticleHistory(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Every version of the article, numbered from 1; empty when there is no such article. */
  public List<VersionRow> versions(String articleId) {
    String sql =
        "SELECT 0 AS current, "
            + FIELDS
            + " FROM article_version WHERE article_id = ?"
            + " UNION ALL SELECT 1, "
            + FIELDS
            + " FROM article WHERE id = ? ORDER BY current, extracted_at";
    List<VersionRow> versions = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, articleId);
      s.setString(2, articleId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          versions.add(
              new VersionRow(
                  versions.size() + 1,
                  instant(r, 2),
                  instant(r, 3),
                  r.getString(4),
                  r.getString(5),
                  StoredArticles.strings(r.getArray(6)),
                  r.getString(7),
                  StoredArticles.strings(r.getArray(8)),
                  r.getString(9),
                  r.getString(10),
                  r.getString(11),
                  r.getInt(12),
                  r.getString(13),
                  r.getString(14),
                  StoredArticles.strings(r.getArray(15))));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading versions of " + articleId + " failed", e);
    }
    return versions;
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    OffsetDateTime time = r.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }
}
