package io.broadsheet.testsupport;

/** A running PostgreSQL server with the {@code broadsheet} database, embedded or in a container. */
public interface PostgresServer extends AutoCloseable {

  /** JDBC URL of the {@code broadsheet} database. */
  String jdbcUrl();

  String username();

  String password();

  /** Stops the server. Idempotent. */
  @Override
  void close();
}
