package io.broadsheet.local;

import io.broadsheet.testsupport.EmbeddedPostgresServer;
import java.io.PrintStream;
import java.net.URI;

/**
 * {@code broadsheet status}: whether a stack runs for this repository, where its parts are, and
 * whether each service reports ready. Exit code 0 when running, 3 when not (the LSB convention).
 */
final class StatusCommand {

  static final int NOT_RUNNING = 3;

  private final StackLayout layout;
  private final PrintStream out;

  StatusCommand(StackLayout layout, PrintStream out) {
    this.layout = layout;
    this.out = out;
  }

  int run() {
    if (!StackLock.isHeld(layout.lockFile())) {
      out.println("Broadsheet is not running for " + layout.root() + ".");
      out.println("Start it with deploy/local/broadsheet up");
      return NOT_RUNNING;
    }
    String pid =
        StackLock.holderPid(layout.lockFile()).stream()
            .mapToObj(Long::toString)
            .findFirst()
            .orElse("unknown");
    out.println("Broadsheet is running (pid " + pid + ") for " + layout.root());
    new StackSummary(layout).print(out);
    for (Service service : Service.values()) {
      boolean ready =
          Readiness.isReady(URI.create("http://localhost:" + service.localPort() + "/"));
      out.printf("  %-13s %s%n", service.module(), ready ? "ready" : "NOT ready");
    }
    try (PipelineCounter counter =
        new PipelineCounter(
            StackSummary.BROKER,
            StackSummary.JDBC_URL,
            EmbeddedPostgresServer.USERNAME,
            EmbeddedPostgresServer.PASSWORD)) {
      out.println("  " + counter.read().line());
    } catch (RuntimeException e) {
      out.println("  counts unavailable: " + e.getMessage());
    }
    return 0;
  }
}
