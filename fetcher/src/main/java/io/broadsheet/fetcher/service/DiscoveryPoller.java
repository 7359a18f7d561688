package io.broadsheet.fetcher.service;

import io.broadsheet.fetcher.config.DiscoveryConfig;
import io.broadsheet.fetcher.discovery.Source;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * At start, loads the sources file; then, when {@code broadsheet.discovery.enabled}, looks for due
 * sources every {@code tick} and polls up to {@code concurrency} of them at a time on its own
 * threads (never on an event loop or the Kafka threads).
 */
@ApplicationScoped
public class DiscoveryPoller {

  private static final Logger LOG = Logger.getLogger(DiscoveryPoller.class);

  private final DiscoveryService discovery;
  private final SourceService sourceService;
  private final DiscoveryConfig config;
  private final Semaphore slots;
  private ScheduledExecutorService ticker;
  private ExecutorService workers;

  public DiscoveryPoller(
      DiscoveryService discovery, SourceService sourceService, DiscoveryConfig config) {
    this.discovery = discovery;
    this.sourceService = sourceService;
    this.config = config;
    this.slots = new Semaphore(Math.max(1, config.concurrency()));
  }

  void onStart(@Observes StartupEvent event) throws Exception {
    sourceService.loadSourcesFile();
    if (!config.enabled()) {
      LOG.info("background polling of sources is off (broadsheet.discovery.enabled=false)");
      return;
    }
    workers =
        Executors.newFixedThreadPool(Math.max(1, config.concurrency()), named("discovery-poll"));
    ticker = Executors.newSingleThreadScheduledExecutor(named("discovery-tick"));
    long tick = config.tick().toMillis();
    ticker.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    LOG.infof("polling due sources every %s as %s", config.tick(), discovery.owner());
  }

  void onStop(@Observes ShutdownEvent event) {
    if (ticker != null) {
      ticker.shutdownNow();
      workers.shutdownNow();
    }
  }

  private void tick() {
    try {
      int free = slots.availablePermits();
      if (free == 0) {
        return;
      }
      List<Source> due = discovery.claimDue(free);
      for (Source source : due) {
        slots.acquireUninterruptibly();
        workers.execute(
            () -> {
              try {
                discovery.poll(source);
              } catch (RuntimeException e) {
                LOG.errorf(e, "source %s: poll failed unexpectedly", source.id());
              } finally {
                slots.release();
              }
            });
      }
    } catch (Exception e) {
      // The database may be briefly unreachable; the next tick tries again.
      LOG.warnf(e, "cannot claim due sources");
    }
  }

  private static java.util.concurrent.ThreadFactory named(String prefix) {
    return runnable -> {
      Thread thread = new Thread(runnable, prefix);
      thread.setDaemon(true);
      return thread;
    };
  }
}
