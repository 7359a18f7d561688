package io.broadsheet.local;

import io.broadsheet.testsupport.KafkaBroker;
import io.broadsheet.testsupport.PostgresServer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a stack has started so far, and the one way to stop it: services first (all asked at once,
 * then awaited), then the broker they were talking to, then the database. Safe to close from a
 * shutdown hook and from the main thread; only the first close does anything.
 */
final class RunningStack implements AutoCloseable {

  private final PrintStream out;
  private final AtomicBoolean closed = new AtomicBoolean();
  private KafkaBroker broker;
  private PostgresServer postgres;
  private final List<ServiceProcess> services = new ArrayList<>();

  RunningStack(PrintStream out) {
    this.out = out;
  }

  synchronized void setBroker(KafkaBroker broker) {
    this.broker = broker;
  }

  synchronized void setPostgres(PostgresServer postgres) {
    this.postgres = postgres;
  }

  synchronized void addService(ServiceProcess service) {
    services.add(service);
  }

  synchronized List<ServiceProcess> services() {
    return List.copyOf(services);
  }

  @Override
  public synchronized void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    services.forEach(ServiceProcess::requestStop);
    for (ServiceProcess service : services) {
      step("Stopping " + service.name() + " (pid " + service.pid() + ")", service::close);
    }
    if (broker != null) {
      step("Stopping Kafka broker", broker::close);
    }
    if (postgres != null) {
      step("Stopping PostgreSQL", postgres::close);
    }
  }

  private void step(String what, Runnable action) {
    out.print(what + " ... ");
    out.flush();
    try {
      action.run();
      out.println("stopped");
    } catch (RuntimeException e) {
      // Keep going: whatever else is still running must be stopped too.
      out.println("failed: " + e.getMessage());
    }
  }
}
