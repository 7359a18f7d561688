package io.broadsheet.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the JVM's shared PostgreSQL ({@link SharedInfra#postgres()}):
 * sets {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username} and {@code
 * quarkus.datasource.password} (which also turns datasource Dev Services off).
 *
 * <p>The database is shared by every test class in the JVM and not emptied between them: tests
 * should create the rows they assert on, or clean their tables themselves.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    PostgresServer postgres = SharedInfra.postgres();
    return Map.of(
        "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
        "quarkus.datasource.username", postgres.username(),
        "quarkus.datasource.password", postgres.password());
  }

  @Override
  public void stop() {
    // Shared across test classes; stopped at JVM exit.
  }
}
