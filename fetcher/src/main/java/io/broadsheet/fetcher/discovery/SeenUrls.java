package io.broadsheet.fetcher.discovery;

import io.broadsheet.fetcher.url.UrlVerdict;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The seen-URL table ({@code fetcher.seen_url}): which normalised URLs have been published for
 * fetching, so that a URL is published once across restarts and replicas, and again only when
 * re-fetch is due: last published at least {@code refetchAfter} ago and first seen less than {@code
 * refetchWindow} ago. The decision is one {@code INSERT ... ON CONFLICT ... DO UPDATE ... WHERE ...
 * RETURNING} whose row locks are held until the publication is acknowledged, so of two replicas
 * offering the same URL exactly one publishes it, and a URL whose publication fails is not marked
 * seen.
 */
public final class SeenUrls {

  /** Publishes URLs and returns once the broker acknowledged them, or throws. */
  @FunctionalInterface
  public interface Publication {
    void publish(List<UrlVerdict.Valid> urls) throws Exception;
  }

  private static final String CLAIM =
      """
      INSERT INTO fetcher.seen_url AS s
          (url, host, source_id, first_seen, last_published, publish_count)
      SELECT u.url, u.host, ?, ?, ?, 1 FROM unnest(?::text[], ?::text[]) AS u(url, host)
      ORDER BY u.url
      ON CONFLICT (url) DO UPDATE
          SET last_published = EXCLUDED.last_published, publish_count = s.publish_count + 1
          WHERE s.first_seen > ? AND s.last_published <= ?
      RETURNING s.url
      """;

  private static final String RECORD =
      """
      INSERT INTO fetcher.seen_url AS s
          (url, host, source_id, first_seen, last_published, publish_count)
      SELECT u.url, u.host, ?, ?, ?, 1 FROM unnest(?::text[], ?::text[]) AS u(url, host)
      ORDER BY u.url
      ON CONFLICT (url) DO UPDATE
          SET last_published = EXCLUDED.last_published, publish_count = s.publish_count + 1
      """;

  private final DataSource dataSource;
  private final Duration refetchAfter;
  private final Duration refetchWindow;

  public SeenUrls(DataSource dataSource, Duration refetchAfter, Duration refetchWindow) {
    this.dataSource = dataSource;
    this.refetchAfter = refetchAfter;
    this.refetchWindow = refetchWindow;
  }

  /**
   * Publishes those of {@code urls} never published, or due for re-fetch, and marks them published,
   * atomically: when {@code publication} throws nothing is marked and the exception propagates.
   *
   * @return the URLs published, in the order given
   */
  public List<UrlVerdict.Valid> publishUnseen(
      List<UrlVerdict.Valid> urls, String sourceId, Instant now, Publication publication)
      throws Exception {
    if (urls.isEmpty()) {
      return List.of();
    }
    Map<String, UrlVerdict.Valid> byUrl = distinct(urls);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Set<String> claimed = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
          bind(statement, connection, byUrl, sourceId, now);
          statement.setObject(6, utc(now.minus(refetchWindow)));
          statement.setObject(7, utc(now.minus(refetchAfter)));
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              claimed.add(rows.getString(1));
            }
          }
        }
        List<UrlVerdict.Valid> toPublish =
            byUrl.values().stream().filter(v -> claimed.contains(v.url())).toList();
        if (!toPublish.isEmpty()) {
          publication.publish(toPublish);
        }
        connection.commit();
        return toPublish;
      } catch (Exception e) {
        connection.rollback();
        throw e;
      }
    }
  }

  /** Marks {@code urls} as published now (they were published unconditionally, e.g. by the API). */
  public void recordPublished(List<UrlVerdict.Valid> urls, String sourceId, Instant now)
      throws SQLException {
    if (urls.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(RECORD)) {
      bind(statement, connection, distinct(urls), sourceId, now);
      statement.executeUpdate();
    }
  }

  private static Map<String, UrlVerdict.Valid> distinct(List<UrlVerdict.Valid> urls) {
    Map<String, UrlVerdict.Valid> byUrl = new LinkedHashMap<>();
    urls.forEach(v -> byUrl.putIfAbsent(v.url(), v));
    return byUrl;
  }

  private static void bind(
      PreparedStatement statement,
      Connection connection,
      Map<String, UrlVerdict.Valid> byUrl,
      String sourceId,
      Instant now)
      throws SQLException {
    // Sorted, so that concurrent claims lock rows in the same order and cannot deadlock.
    List<UrlVerdict.Valid> sorted = new ArrayList<>(byUrl.values());
    sorted.sort(Comparator.comparing(UrlVerdict.Valid::url));
    Array urlArray =
        connection.createArrayOf("text", sorted.stream().map(UrlVerdict.Valid::url).toArray());
    Array hostArray =
        connection.createArrayOf("text", sorted.stream().map(UrlVerdict.Valid::host).toArray());
    statement.setString(1, sourceId);
    statement.setObject(2, utc(now));
    statement.setObject(3, utc(now));
    statement.setArray(4, urlArray);
    statement.setArray(5, hostArray);
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
