package io.broadsheet.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real PostgreSQL 17 server run from the binaries that zonky ships in a Maven jar, with a {@code
 * broadsheet} database owned by a {@code broadsheet} role (password {@code broadsheet}).
 *
 * <p>PostgreSQL refuses to run as root. When this JVM is root, zonky runs {@code initdb}, {@code
 * pg_ctl} and so the server under {@code unshare -U}: in a fresh user namespace without a mapping
 * the process is "nobody" to itself, which PostgreSQL accepts, while the kernel still sees the real
 * uid, so files stay owned by root and a persistent data directory can be reused. As any other user
 * no wrapper is needed.
 */
public final class EmbeddedPostgresServer implements PostgresServer {

  public static final String DATABASE = "broadsheet";
  public static final String USERNAME = "broadsheet";
  public static final String PASSWORD = "broadsheet";

  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private final EmbeddedPostgres postgres;
  private final Path dataDir;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
  }

  /** A server on a free port with a fresh data directory that is deleted on close. */
  public static EmbeddedPostgresServer startTemporary() {
    try {
      Path dataDir = Files.createTempDirectory("broadsheet-postgres-");
      return start(EmbeddedPostgres.builder().setCleanDataDirectory(true), dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A server on {@code port} whose data lives in {@code dataDir}: initialised on first use, kept
   * across restarts. Server output goes to {@code serverLog}.
   */
  public static EmbeddedPostgresServer startPersistent(int port, Path dataDir, Path serverLog) {
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(serverLog.toAbsolutePath().getParent());
      ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(serverLog.toFile());
      return start(
          EmbeddedPostgres.builder()
              .setPort(port)
              .setCleanDataDirectory(false)
              .setOutputRedirector(toLog)
              .setErrorRedirector(toLog),
          dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EmbeddedPostgresServer start(EmbeddedPostgres.Builder builder, Path dataDir) {
    EmbeddedPostgres postgres;
    try {
      postgres =
          builder
              .setDataDirectory(dataDir)
              .setPGStartupWait(STARTUP_WAIT)
              // Stopped by whoever owns this object (SharedInfra's hook, LocalStack), in order.
              .setRegisterShutdownHook(false)
              .start();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("PostgreSQL did not start in " + dataDir, e);
    }
    EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDir);
    try {
      server.ensureBroadsheetDatabase();
    } catch (SQLException | RuntimeException e) {
      server.close();
      throw new IllegalStateException("cannot create the broadsheet database", e);
    }
    return server;
  }

  /** Creates the role and database unless a previous start on the same data did. */
  private void ensureBroadsheetDatabase() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      if (!exists(c, "select 1 from pg_roles where rolname = ?", USERNAME)) {
        s.execute("create role " + USERNAME + " login password '" + PASSWORD + "'");
      }
      if (!exists(c, "select 1 from pg_database where datname = ?", DATABASE)) {
        s.execute("create database " + DATABASE + " owner " + USERNAME);
      }
    }
  }

  private static boolean exists(Connection c, String query, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(query)) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public Path dataDir() {
    return dataDir;
  }

  @Override
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
  }

  @Override
  public String username() {
    return USERNAME;
  }

  @Override
  public String password() {
    return PASSWORD;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop PostgreSQL in " + dataDir, e);
    }
  }
}
