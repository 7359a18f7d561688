package io.broadsheet.testsupport;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One broker and one PostgreSQL per test JVM, started on first use and stopped when the JVM exits,
 * so that every test class (and every {@code @QuarkusTest} restart) shares them instead of paying
 * seconds of start-up each. Which kind they are is {@link InfraMode#current()}.
 */
public final class SharedInfra {

  private static KafkaBroker kafka;
  private static PostgresServer postgres;
  // Stopped in reverse start order by one hook, so nothing is stopped while a later thing uses it.
  private static final Deque<AutoCloseable> STARTED = new ArrayDeque<>();
  private static boolean hookInstalled;

  /** The JVM's broker, with every Broadsheet topic created. */
  public static synchronized KafkaBroker kafka() {
    if (kafka == null) {
      KafkaBroker broker =
          switch (InfraMode.current()) {
            case DOCKER -> ContainerKafkaBroker.start();
            case EMBEDDED -> EmbeddedKafkaBroker.startTemporary();
          };
      stopAtExit(broker);
      BroadsheetTopics.createAll(broker.bootstrapServers());
      kafka = broker;
    }
    return kafka;
  }

  /** The JVM's PostgreSQL, with an empty-at-first {@code broadsheet} database. */
  public static synchronized PostgresServer postgres() {
    if (postgres == null) {
      PostgresServer server =
          switch (InfraMode.current()) {
            case DOCKER -> ContainerPostgresServer.start();
            case EMBEDDED -> EmbeddedPostgresServer.startTemporary();
          };
      stopAtExit(server);
      postgres = server;
    }
    return postgres;
  }

  private static void stopAtExit(AutoCloseable server) {
    STARTED.push(server);
    if (!hookInstalled) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(SharedInfra::stopAll, "broadsheet-infra-stop"));
      hookInstalled = true;
    }
  }

  private static void stopAll() {
    AutoCloseable server;
    while ((server = pollStarted()) != null) {
      try {
        server.close();
      } catch (Exception e) {
        // Shutting down: report and carry on stopping the rest.
        System.err.println("could not stop " + server + ": " + e);
      }
    }
  }

  private static synchronized AutoCloseable pollStarted() {
    return STARTED.poll();
  }

  private SharedInfra() {}
}
