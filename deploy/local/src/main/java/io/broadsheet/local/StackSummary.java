package io.broadsheet.local;

import io.broadsheet.testsupport.EmbeddedPostgresServer;
import java.io.PrintStream;

/** Where everything of a local stack is: addresses, credentials, data and log files. */
final class StackSummary {

  static final String BROKER = "localhost:" + LocalPorts.KAFKA;
  static final String JDBC_URL =
      "jdbc:postgresql://localhost:" + LocalPorts.POSTGRES + "/" + EmbeddedPostgresServer.DATABASE;

  private final StackLayout layout;

  StackSummary(StackLayout layout) {
    this.layout = layout;
  }

  void print(PrintStream out) {
    out.printf(
        "  %-13s %-46s data %s%n", "Kafka broker", BROKER, layout.display(layout.kafkaDir()));
    out.printf(
        "  %-13s %-46s data %s, log %s%n",
        "PostgreSQL",
        JDBC_URL,
        layout.display(layout.postgresDir()),
        layout.display(layout.postgresLog()));
    out.printf(
        "  %-13s user %s, password %s%n",
        "", EmbeddedPostgresServer.USERNAME, EmbeddedPostgresServer.PASSWORD);
    for (Service service : Service.values()) {
      out.printf(
          "  %-13s %-46s log  %s%n",
          service.module(),
          "http://localhost:" + service.localPort(),
          layout.display(layout.serviceLog(service)));
    }
    out.printf("  %-13s %s%n", "stack log", layout.display(layout.stackLog()));
  }

  void printHowToUse(PrintStream out) {
    out.println(
        "Submit pages:  curl -i -X POST http://localhost:"
            + Service.FETCHER.localPort()
            + "/urls -H 'Content-Type: application/json' -d '{\"urls\":[\"https://example.com/news/story\"]}'");
    out.println(
        "Read articles: curl http://localhost:" + Service.INDEXER.localPort() + "/articles");
  }
}
