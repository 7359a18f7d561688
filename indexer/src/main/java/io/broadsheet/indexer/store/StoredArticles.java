package io.broadsheet.indexer.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.broadsheet.events.ArticleExtracted.LeadImage;
import io.broadsheet.events.EventCodec;
import io.broadsheet.indexer.version.ArticleContent;
import io.broadsheet.indexer.version.StoredVersion;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads what the batch writer needs to know about articles already stored. */
final class StoredArticles {

  /** The current row of an article, locked for this transaction. */
  record Current(
      String id, StoredVersion version, int versionNumber, List<String> changed, String storyId) {}

  private static final String VERSIONED =
      "title, subtitle, authors, section, topics, lead_image::text, ";

  /**
   * Locks and reads the current rows of these canonical URLs, in URL order so that two indexers
   * locking overlapping batches cannot deadlock.
   */
  static Map<String, Current> lockCurrent(Connection c, Collection<String> canonicalUrls)
      throws SQLException {
    String sql =
        "SELECT canonical_url, id, extracted_at, "
            + VERSIONED
            + "body_hash, version, changed, story_id FROM article"
            + " WHERE canonical_url = ANY(?) ORDER BY canonical_url FOR UPDATE";
    Map<String, Current> found = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setArray(1, c.createArrayOf("text", canonicalUrls.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          StoredVersion version =
              new StoredVersion(
                  r.getObject(3, OffsetDateTime.class).toInstant(), content(r, 4, r.getString(10)));
          found.put(
              r.getString(1),
              new Current(
                  r.getString(2), version, r.getInt(11), strings(r.getArray(12)), r.getString(13)));
        }
      }
    }
    return found;
  }

  /** The history rows of these articles, by article id. */
  static Map<String, List<StoredVersion>> history(Connection c, Collection<String> articleIds)
      throws SQLException {
    String sql =
        "SELECT article_id, extracted_at, "
            + VERSIONED
            + "encode(sha256(convert_to(body_text, 'UTF8')), 'hex')"
            + " FROM article_version WHERE article_id = ANY(?)";
    Map<String, List<StoredVersion>> found = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setArray(1, c.createArrayOf("text", articleIds.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found
              .computeIfAbsent(r.getString(1), id -> new ArrayList<>())
              .add(
                  new StoredVersion(
                      r.getObject(2, OffsetDateTime.class).toInstant(),
                      content(r, 3, r.getString(9))));
        }
      }
    }
    return found;
  }

  /** Reads the versioned fields starting at column {@code first}. */
  private static ArticleContent content(ResultSet r, int first, String bodyHash)
      throws SQLException {
    return new ArticleContent(
        r.getString(first),
        r.getString(first + 1),
        strings(r.getArray(first + 2)),
        r.getString(first + 3),
        strings(r.getArray(first + 4)),
        leadImage(r.getString(first + 5)),
        bodyHash);
  }

  static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static LeadImage leadImage(String json) {
    if (json == null) {
      return null;
    }
    try {
      return EventCodec.mapper().readValue(json, LeadImage.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored lead_image is not valid JSON: " + json, e);
    }
  }
}
