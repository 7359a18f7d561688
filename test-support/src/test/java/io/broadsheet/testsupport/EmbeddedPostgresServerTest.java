package io.broadsheet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

  @Test
  void servesTheBroadsheetDatabaseToTheBroadsheetUser() throws SQLException {
    try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary();
        Connection c = connect(postgres);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select 1, current_database(), current_user")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getString(2)).isEqualTo("broadsheet");
      assertThat(rs.getString(3)).isEqualTo("broadsheet");
    }
  }

  @Test
  void temporaryDataIsDeletedOnClose() {
    Path dataDir;
    try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startTemporary()) {
      dataDir = postgres.dataDir();
      assertThat(dataDir.resolve("PG_VERSION")).exists();
    }
    assertThat(dataDir).doesNotExist();
  }

  @Test
  void persistentDataSurvivesARestart(@TempDir Path dir) throws SQLException {
    Path dataDir = dir.resolve("postgres");
    Path log = dir.resolve("postgres.log");
    int port = FreePorts.pick();

    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startPersistent(port, dataDir, log);
        Connection c = connect(first);
        Statement s = c.createStatement()) {
      s.execute("create table kept (word text)");
      s.execute("insert into kept values ('still here')");
    }
    assertThat(FreePorts.isTaken(port)).as("port released after stop").isFalse();

    try (EmbeddedPostgresServer second =
            EmbeddedPostgresServer.startPersistent(port, dataDir, log);
        Connection c = connect(second);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select word from kept")) {
      assertThat(second.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + port + "/broadsheet");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("still here");
    }
    assertThat(log).isNotEmptyFile();
    assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();
  }

  private static Connection connect(PostgresServer postgres) throws SQLException {
    return DriverManager.getConnection(
        postgres.jdbcUrl(), postgres.username(), postgres.password());
  }
}
