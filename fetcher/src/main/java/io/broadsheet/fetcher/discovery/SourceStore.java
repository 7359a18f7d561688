package io.broadsheet.fetcher.discovery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Sources and their polling state in PostgreSQL ({@code fetcher.source}). Replicas share it: {@link
 * #claimDue} hands each due source to one replica at a time ({@code FOR UPDATE SKIP LOCKED} plus a
 * lease that expires, so a source claimed by a replica that died is polled again).
 */
public final class SourceStore {

  /** Another source already has this URL. */
  public static final class DuplicateUrlException extends Exception {
    private final String existingId;

    DuplicateUrlException(String url, String existingId) {
      super("a source with URL " + url + " already exists: " + existingId);
      this.existingId = existingId;
    }

    public String existingId() {
      return existingId;
    }
  }

  /**
   * What one poll changed.
   *
   * @param kind the source's kind after the poll (null when still unknown)
   * @param kindDetected whether it was detected
   * @param etag validator to keep (null clears)
   * @param lastModified validator to keep (null clears)
   * @param status the new status
   * @param urlsFound URLs found by this poll
   * @param urlsNew URLs published by this poll
   * @param failed whether the poll failed (counts a consecutive failure)
   * @param lastError what went wrong, or null
   * @param currentInterval the adaptive interval from now on
   * @param nextPollAt when it is due next
   */
  public record PollRecord(
      SourceKind kind,
      boolean kindDetected,
      String etag,
      String lastModified,
      String status,
      long urlsFound,
      long urlsNew,
      boolean failed,
      String lastError,
      Duration currentInterval,
      Instant nextPollAt) {}

  private static final String COLUMNS =
      "id, url, kind, kind_detected, interval_seconds, current_interval_seconds, include_pattern,"
          + " exclude_pattern, max_depth, origin, etag, last_modified, status, polls, urls_found,"
          + " urls_new, consecutive_failures, last_error, last_poll_at, next_poll_at";

  private final DataSource dataSource;

  public SourceStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Adds a source, due at once. */
  public Source insert(SourceSpec spec, String origin, Instant now)
      throws SQLException, DuplicateUrlException {
    String sql =
        "INSERT INTO fetcher.source (url, kind, interval_seconds, current_interval_seconds,"
            + " include_pattern, exclude_pattern, max_depth, origin, next_poll_at, created_at,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (url) DO NOTHING RETURNING "
            + COLUMNS;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bindSpec(s, spec, 1);
      s.setString(8, origin);
      s.setObject(9, SeenUrls.utc(now));
      s.setObject(10, SeenUrls.utc(now));
      s.setObject(11, SeenUrls.utc(now));
      List<Source> rows = read(s);
      if (rows.isEmpty()) {
        throw duplicate(c, spec.url());
      }
      return rows.get(0);
    }
  }

  /**
   * Adds a source from the sources file, or brings the one with its URL in line with the file
   * (kind, interval, patterns); its counts and state are kept unless what it is changed.
   */
  public Source upsert(SourceSpec spec, String origin, Instant now) throws SQLException {
    String sql =
        "INSERT INTO fetcher.source AS s (url, kind, interval_seconds, current_interval_seconds,"
            + " include_pattern, exclude_pattern, max_depth, origin, next_poll_at, created_at,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (url) DO UPDATE SET"
            + " kind = COALESCE(EXCLUDED.kind, CASE WHEN s.kind_detected THEN s.kind END),"
            + " kind_detected = EXCLUDED.kind IS NULL AND s.kind_detected,"
            + " interval_seconds = EXCLUDED.interval_seconds,"
            + " current_interval_seconds = CASE WHEN s.interval_seconds = EXCLUDED.interval_seconds"
            + " THEN s.current_interval_seconds ELSE EXCLUDED.interval_seconds END,"
            + " include_pattern = EXCLUDED.include_pattern,"
            + " exclude_pattern = EXCLUDED.exclude_pattern, max_depth = EXCLUDED.max_depth,"
            + " updated_at = EXCLUDED.updated_at RETURNING "
            + COLUMNS;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bindSpec(s, spec, 1);
      s.setString(8, origin);
      s.setObject(9, SeenUrls.utc(now));
      s.setObject(10, SeenUrls.utc(now));
      s.setObject(11, SeenUrls.utc(now));
      return read(s).get(0);
    }
  }

  /** Replaces what a source is; it is due at once, with fresh validators and counts kept. */
  public Optional<Source> update(String id, SourceSpec spec, Instant now)
      throws SQLException, DuplicateUrlException {
    String sql =
        "UPDATE fetcher.source SET url = ?, kind = ?, interval_seconds = ?,"
            + " current_interval_seconds = ?, include_pattern = ?, exclude_pattern = ?,"
            + " max_depth = ?, kind_detected = false, etag = NULL, last_modified = NULL,"
            // A poll running now loses its lease, so it cannot write back the old kind.
            + " lease_owner = NULL, lease_until = NULL,"
            + " next_poll_at = ?, updated_at = ? WHERE id = ? RETURNING "
            + COLUMNS;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bindSpec(s, spec, 1);
      s.setObject(8, SeenUrls.utc(now));
      s.setObject(9, SeenUrls.utc(now));
      s.setString(10, id);
      try {
        List<Source> rows = read(s);
        return rows.stream().findFirst();
      } catch (SQLException e) {
        if ("23505".equals(e.getSQLState())) {
          throw duplicate(c, spec.url());
        }
        throw e;
      }
    }
  }

  /** Removes a source; false when there is none with this id. */
  public boolean delete(String id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM fetcher.source WHERE id = ?")) {
      s.setString(1, id);
      return s.executeUpdate() > 0;
    }
  }

  public Optional<Source> find(String id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT " + COLUMNS + " FROM fetcher.source WHERE id = ?")) {
      s.setString(1, id);
      return read(s).stream().findFirst();
    }
  }

  /** Every source, oldest first. */
  public List<Source> list() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT " + COLUMNS + " FROM fetcher.source ORDER BY created_at, id")) {
      return read(s);
    }
  }

  /**
   * Claims up to {@code limit} sources due at {@code now} and not leased, for {@code owner}, until
   * {@code now + lease}. Concurrent claims never return the same source.
   */
  public List<Source> claimDue(String owner, Instant now, Duration lease, int limit)
      throws SQLException {
    String sql =
        "UPDATE fetcher.source SET lease_owner = ?, lease_until = ? WHERE id IN ("
            + " SELECT id FROM fetcher.source WHERE next_poll_at <= ?"
            + " AND (lease_until IS NULL OR lease_until < ?)"
            + " ORDER BY next_poll_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING "
            + COLUMNS;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, owner);
      s.setObject(2, SeenUrls.utc(now.plus(lease)));
      s.setObject(3, SeenUrls.utc(now));
      s.setObject(4, SeenUrls.utc(now));
      s.setInt(5, limit);
      return read(s);
    }
  }

  /** Claims one source whether due or not, unless another poll holds it; empty if so or unknown. */
  public Optional<Source> claim(String id, String owner, Instant now, Duration lease)
      throws SQLException {
    String sql =
        "UPDATE fetcher.source SET lease_owner = ?, lease_until = ? WHERE id = ?"
            + " AND (lease_until IS NULL OR lease_until < ?) RETURNING "
            + COLUMNS;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, owner);
      s.setObject(2, SeenUrls.utc(now.plus(lease)));
      s.setString(3, id);
      s.setObject(4, SeenUrls.utc(now));
      return read(s).stream().findFirst();
    }
  }

  /**
   * Records a poll by {@code owner} and releases the source. Returns false (and changes nothing)
   * when the lease was lost meanwhile or the source was deleted or changed by PUT.
   */
  public boolean complete(String id, String owner, PollRecord poll, Instant now)
      throws SQLException {
    String sql =
        "UPDATE fetcher.source SET kind = ?, kind_detected = ?, etag = ?, last_modified = ?,"
            + " status = ?, polls = polls + 1, urls_found = urls_found + ?,"
            + " urls_new = urls_new + ?,"
            + " consecutive_failures = CASE WHEN ? THEN consecutive_failures + 1 ELSE 0 END,"
            + " last_error = ?, current_interval_seconds = ?, next_poll_at = ?, last_poll_at = ?,"
            + " lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, poll.kind() == null ? null : poll.kind().code());
      s.setBoolean(2, poll.kindDetected());
      s.setString(3, poll.etag());
      s.setString(4, poll.lastModified());
      s.setString(5, poll.status());
      s.setLong(6, poll.urlsFound());
      s.setLong(7, poll.urlsNew());
      s.setBoolean(8, poll.failed());
      s.setString(9, poll.lastError());
      s.setLong(10, Math.max(1, poll.currentInterval().toSeconds()));
      s.setObject(11, SeenUrls.utc(poll.nextPollAt()));
      s.setObject(12, SeenUrls.utc(now));
      s.setString(13, id);
      s.setString(14, owner);
      return s.executeUpdate() > 0;
    }
  }

  private static void bindSpec(PreparedStatement s, SourceSpec spec, int first)
      throws SQLException {
    s.setString(first, spec.url());
    s.setString(first + 1, spec.kind() == null ? null : spec.kind().code());
    s.setLong(first + 2, spec.interval().toSeconds());
    s.setLong(first + 3, spec.interval().toSeconds());
    s.setString(first + 4, spec.include());
    s.setString(first + 5, spec.exclude());
    if (spec.maxDepth() == null) {
      s.setNull(first + 6, Types.INTEGER);
    } else {
      s.setInt(first + 6, spec.maxDepth());
    }
  }

  private static DuplicateUrlException duplicate(Connection c, String url) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM fetcher.source WHERE url = ?")) {
      s.setString(1, url);
      try (ResultSet rs = s.executeQuery()) {
        return new DuplicateUrlException(url, rs.next() ? rs.getString(1) : "(just deleted)");
      }
    }
  }

  private static List<Source> read(PreparedStatement s) throws SQLException {
    List<Source> sources = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        sources.add(row(rs));
      }
    }
    return sources;
  }

  private static Source row(ResultSet rs) throws SQLException {
    String kind = rs.getString("kind");
    int maxDepth = rs.getInt("max_depth");
    Integer depth = rs.wasNull() ? null : maxDepth;
    SourceSpec spec =
        new SourceSpec(
            rs.getString("url"),
            kind == null ? null : SourceKind.parse(kind).orElseThrow(),
            Duration.ofSeconds(rs.getLong("interval_seconds")),
            rs.getString("include_pattern"),
            rs.getString("exclude_pattern"),
            depth);
    return new Source(
        rs.getString("id"),
        spec,
        rs.getBoolean("kind_detected"),
        rs.getString("origin"),
        Duration.ofSeconds(rs.getLong("current_interval_seconds")),
        rs.getString("etag"),
        rs.getString("last_modified"),
        rs.getString("status"),
        rs.getLong("polls"),
        rs.getLong("urls_found"),
        rs.getLong("urls_new"),
        rs.getInt("consecutive_failures"),
        rs.getString("last_error"),
        instant(rs, "last_poll_at"),
        instant(rs, "next_poll_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
