package io.broadsheet.local;

import io.broadsheet.events.Topics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads {@link PipelineCounts} from the broker (end offsets of the pages, articles and rejections
 * topics) and from the indexer's database ({@code select count(*) from article}). Keeps one admin
 * client and one connection for the life of the stack.
 */
public final class PipelineCounter implements AutoCloseable {

  private static final long TIMEOUT_SECONDS = 5;

  private final Admin admin;
  private final String jdbcUrl;
  private final String username;
  private final String password;
  private Connection connection;

  public PipelineCounter(
      String bootstrapServers, String jdbcUrl, String username, String password) {
    this.admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                // Fail fast: a missed refresh of the progress line is better than a stuck one.
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                10_000));
    this.jdbcUrl = jdbcUrl;
    this.username = username;
    this.password = password;
  }

  public PipelineCounts read() {
    Map<String, Long> written =
        recordsWritten(
            List.of(Topics.PAGES_FETCHED, Topics.ARTICLES_EXTRACTED, Topics.PAGES_REJECTED));
    return new PipelineCounts(
        written.get(Topics.PAGES_FETCHED),
        written.get(Topics.ARTICLES_EXTRACTED),
        indexedArticles(),
        written.get(Topics.PAGES_REJECTED));
  }

  /** Sum of end offsets per topic: every record ever appended (the topics are not compacted). */
  private Map<String, Long> recordsWritten(List<String> topics) {
    try {
      Map<TopicPartition, OffsetSpec> latest =
          admin
              .describeTopics(topics)
              .allTopicNames()
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
              .values()
              .stream()
              .flatMap(
                  d ->
                      d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
              .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResultInfo> offsets =
          admin.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return topics.stream()
          .collect(
              Collectors.toMap(
                  topic -> topic,
                  topic ->
                      offsets.entrySet().stream()
                          .filter(e -> e.getKey().topic().equals(topic))
                          .mapToLong(e -> e.getValue().offset())
                          .sum()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading topic offsets", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read topic offsets: " + e.getMessage(), e);
    }
  }

  /**
   * Rows in the indexer's {@code article} table; 0 until the indexer has created it (its Flyway
   * migration runs at its start) or while the database does not answer.
   */
  private long indexedArticles() {
    try {
      if (connection == null || !connection.isValid(2)) {
        closeConnection();
        connection = DriverManager.getConnection(jdbcUrl, username, password);
      }
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from article")) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      // 42P01: undefined_table, the indexer has not migrated yet. Anything else: try again later.
      return 0;
    }
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // Replacing a broken connection; nothing to do about it.
      }
      connection = null;
    }
  }

  @Override
  public void close() {
    closeConnection();
    admin.close();
  }
}
