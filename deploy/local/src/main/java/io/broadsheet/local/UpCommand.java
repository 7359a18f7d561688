package io.broadsheet.local;

import io.broadsheet.testsupport.EmbeddedKafkaBroker;
import io.broadsheet.testsupport.EmbeddedPostgresServer;
import io.broadsheet.testsupport.PostgresServer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * {@code broadsheet up}: broker, database and the three packaged services on fixed local ports,
 * then a live progress line until Ctrl-C. Exit code 0 after a requested stop, 1 when the stack
 * could not start or a service died.
 */
final class UpCommand {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final int LOG_TAIL_LINES = 30;

  private final StackLayout layout;
  private final PrintStream out;
  private final CountDownLatch stopRequested;
  private final boolean interactive;

  /**
   * @param stopRequested counted down (by the signal handler) when the user asks the stack to stop
   * @param interactive whether {@code out} is a terminal, where the progress line redraws in place
   */
  UpCommand(
      StackLayout layout, PrintStream out, CountDownLatch stopRequested, boolean interactive) {
    this.layout = layout;
    this.out = out;
    this.stopRequested = stopRequested;
    this.interactive = interactive;
  }

  int run() {
    Optional<StackLock> lock = StackLock.tryAcquire(layout.lockFile());
    if (lock.isEmpty()) {
      out.println(alreadyRunningMessage());
      return 1;
    }
    try (StackLock held = lock.get()) {
      Optional<String> conflict = PortGuard.forLocalStack().firstConflict();
      if (conflict.isPresent()) {
        out.println(conflict.get());
        return 1;
      }
      List<Service> unbuilt =
          Arrays.stream(Service.values())
              .filter(s -> !layout.serviceJar(s).toFile().isFile())
              .toList();
      if (!unbuilt.isEmpty()) {
        out.println(
            "Not built: "
                + unbuilt.stream().map(s -> layout.display(layout.serviceJar(s))).toList()
                + ". Run ./mvnw -B package -DskipTests (deploy/local/broadsheet up does it for you).");
        return 1;
      }
      RunningStack stack = new RunningStack(out);
      // Also stop everything when the JVM ends some other way (a hang-up, an uncaught error).
      Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "broadsheet-stop"));
      try {
        return startAndWatch(stack);
      } catch (RuntimeException e) {
        out.println();
        out.println(
            "Broadsheet failed: " + e + " (more in " + layout.display(layout.stackLog()) + ")");
        LoggerFactory.getLogger(UpCommand.class).error("local stack failed", e);
        return 1;
      } finally {
        stack.close();
      }
    }
  }

  private String alreadyRunningMessage() {
    String where = " for " + layout.root() + ". `deploy/local/broadsheet status` shows where";
    return StackLock.holderPid(layout.lockFile()).stream()
        .mapToObj(
            pid ->
                "Broadsheet is already running (pid "
                    + pid
                    + ")"
                    + where
                    + "; stop it with Ctrl-C in its terminal or `kill "
                    + pid
                    + "`.")
        .findFirst()
        .orElse("Broadsheet is already running" + where + ".");
  }

  private int startAndWatch(RunningStack stack) {
    out.println("Starting Broadsheet in " + layout.root());
    EmbeddedKafkaBroker broker;
    PostgresServer postgres;
    try {
      broker =
          timed(
              "Kafka broker on " + StackSummary.BROKER,
              () -> {
                EmbeddedKafkaBroker b =
                    EmbeddedKafkaBroker.startPersistent(LocalPorts.KAFKA, layout.kafkaDir());
                stack.setBroker(b);
                b.createTopics();
                return b;
              });
      postgres =
          timed(
              "PostgreSQL on port " + LocalPorts.POSTGRES,
              () -> {
                PostgresServer p =
                    EmbeddedPostgresServer.startPersistent(
                        LocalPorts.POSTGRES, layout.postgresDir(), layout.postgresLog());
                stack.setPostgres(p);
                return p;
              });
    } catch (RuntimeException e) {
      out.println("failed: " + e.getMessage());
      out.println("Details in " + layout.display(layout.stackLog()));
      return 1;
    }

    for (Service service : Service.values()) {
      Map<String, String> config =
          new LinkedHashMap<>(
              ServiceConfig.forService(
                  service, service.localPort(), broker.bootstrapServers(), postgres));
      if (service == Service.FETCHER) {
        // The sources the local fetcher polls; edit the file and restart to change them.
        config.put("broadsheet.discovery.sources-file", layout.localSourcesFile().toString());
      }
      stack.addService(
          ServiceProcess.startJar(
              service.module(),
              layout.serviceJar(service),
              config,
              List.of(),
              service.localPort(),
              layout.serviceLog(service)));
    }
    out.println("Starting " + Service.values().length + " services, waiting until they are ready");
    Optional<Integer> failed = awaitServicesReady(stack.services());
    if (failed.isPresent()) {
      return failed.get();
    }

    out.println();
    out.println("Broadsheet is up. Ctrl-C stops it.");
    new StackSummary(layout).print(out);
    new StackSummary(layout).printHowToUse(out);
    out.println();
    return watch(stack, postgres);
  }

  /** Empty when all became ready; otherwise the exit code (0 if the user asked to stop). */
  private Optional<Integer> awaitServicesReady(List<ServiceProcess> services) {
    long start = System.nanoTime();
    long deadline = start + READY_TIMEOUT.toNanos();
    Set<ServiceProcess> waiting = new LinkedHashSet<>(services);
    while (!waiting.isEmpty()) {
      for (ServiceProcess service : new ArrayList<>(waiting)) {
        if (!service.isAlive()) {
          reportDeath(service);
          return Optional.of(1);
        }
        if (service.isReady()) {
          waiting.remove(service);
          out.printf(
              "  %-10s ready at %s (%.1f s)%n",
              service.name(), service.baseUri(), (System.nanoTime() - start) / 1e9);
        }
      }
      if (System.nanoTime() > deadline) {
        for (ServiceProcess service : waiting) {
          out.println(service.name() + " is not ready after " + READY_TIMEOUT.toSeconds() + " s.");
          out.println(tail(service));
        }
        return Optional.of(1);
      }
      if (awaitStop(Duration.ofMillis(500))) {
        return Optional.of(0);
      }
    }
    return Optional.empty();
  }

  private int watch(RunningStack stack, PostgresServer postgres) {
    String shown = "";
    try (PipelineCounter counter =
        new PipelineCounter(
            StackSummary.BROKER, postgres.jdbcUrl(), postgres.username(), postgres.password())) {
      while (!awaitStop(Duration.ofSeconds(1))) {
        for (ServiceProcess service : stack.services()) {
          if (!service.isAlive()) {
            out.println();
            reportDeath(service);
            return 1;
          }
        }
        String line = progressLine(counter);
        if (interactive) {
          // Redraw in place; pad so that a shorter line fully covers a longer one.
          out.print("\r" + line + " ".repeat(Math.max(0, shown.length() - line.length())));
          out.flush();
        } else if (!line.equals(shown)) {
          out.println(line);
        }
        shown = line;
      }
    }
    out.println();
    out.println("Stopping Broadsheet");
    return 0;
  }

  private static String progressLine(PipelineCounter counter) {
    try {
      return counter.read().line();
    } catch (RuntimeException e) {
      return "counts unavailable: " + e.getMessage();
    }
  }

  private void reportDeath(ServiceProcess service) {
    out.println(service.name() + " exited unexpectedly; stopping everything.");
    out.println(tail(service));
  }

  private String tail(ServiceProcess service) {
    return "Last lines of "
        + layout.display(service.log())
        + ":\n"
        + service.logTail(LOG_TAIL_LINES);
  }

  private boolean awaitStop(Duration timeout) {
    try {
      return stopRequested.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  private <T> T timed(String what, Supplier<T> start) {
    out.print("  " + what + " ... ");
    out.flush();
    long t0 = System.nanoTime();
    T started = start.get();
    out.printf("ok (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    return started;
  }
}
