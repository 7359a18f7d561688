package io.broadsheet.testsupport;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** PostgreSQL 17 in Docker, with the same database, user and password as the embedded one. */
public final class ContainerPostgresServer implements PostgresServer {

  public static final DockerImageName IMAGE = DockerImageName.parse("postgres:17");

  private final PostgreSQLContainer container;

  private ContainerPostgresServer(PostgreSQLContainer container) {
    this.container = container;
  }

  @SuppressWarnings("resource") // closed by close()
  public static ContainerPostgresServer start() {
    PostgreSQLContainer container =
        new PostgreSQLContainer(IMAGE)
            .withDatabaseName(EmbeddedPostgresServer.DATABASE)
            .withUsername(EmbeddedPostgresServer.USERNAME)
            .withPassword(EmbeddedPostgresServer.PASSWORD);
    container.start();
    return new ContainerPostgresServer(container);
  }

  @Override
  public String jdbcUrl() {
    return container.getJdbcUrl();
  }

  @Override
  public String username() {
    return container.getUsername();
  }

  @Override
  public String password() {
    return container.getPassword();
  }

  @Override
  public void close() {
    container.stop();
  }
}
