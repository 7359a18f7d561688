package io.broadsheet.fetcher.service;

import io.broadsheet.fetcher.politeness.HostScheduler;
import io.broadsheet.fetcher.politeness.RobotsCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The fetcher's Broadsheet meters, exposed at {@code /q/metrics} from start-up on. Tags have
 * bounded values: reasons and statuses are small fixed sets, and per-host queue depth is reported
 * only for the {@value #DEEPEST_HOSTS} deepest hosts at the moment (refreshed every few seconds),
 * next to the totals.
 */
@Startup
@ApplicationScoped
public class FetchMetrics {

  static final String STAGE = "fetcher";

  /** How many hosts {@code broadsheet.fetch.queue.host.depth} reports. */
  static final int DEEPEST_HOSTS = 10;

  private final MeterRegistry registry;
  private final Counter requested;
  private final Counter attempts;
  private final Counter fetched;
  private final DistributionSummary bytes;
  private final MultiGauge deepest;
  private final HostScheduler scheduler;
  private final ScheduledExecutorService refresher;

  public FetchMetrics(MeterRegistry registry, HostScheduler scheduler, RobotsCache robots) {
    this.registry = registry;
    this.scheduler = scheduler;
    this.requested =
        Counter.builder("broadsheet.fetch.requested")
            .description("URLs accepted by the API and published to fetch")
            .register(registry);
    this.attempts =
        Counter.builder("broadsheet.fetches")
            .description("Page requests sent, retries included (rate: fetches per second)")
            .register(registry);
    this.fetched =
        Counter.builder("broadsheet.pages.fetched")
            .description("Pages downloaded and published")
            .register(registry);
    this.bytes =
        DistributionSummary.builder("broadsheet.fetch.bytes")
            .description("Decoded body size of downloaded pages, in bytes")
            .register(registry);
    FunctionCounter.builder("broadsheet.robots.lookups", robots, RobotsCache::hits)
        .description("robots.txt cache lookups, by result (hit rate: hit / all)")
        .tag("result", "hit")
        .register(registry);
    FunctionCounter.builder("broadsheet.robots.lookups", robots, RobotsCache::misses)
        .description("robots.txt cache lookups, by result (hit rate: hit / all)")
        .tag("result", "miss")
        .register(registry);
    FunctionCounter.builder("broadsheet.robots.fetches", robots, RobotsCache::fetches)
        .description("robots.txt requests sent")
        .register(registry);
    Gauge.builder("broadsheet.fetch.queue.waiting", scheduler, HostScheduler::waiting)
        .description("URLs waiting for their host's turn in this replica")
        .register(registry);
    Gauge.builder("broadsheet.fetch.queue.running", scheduler, HostScheduler::running)
        .description("Requests under way in this replica")
        .register(registry);
    Gauge.builder("broadsheet.fetch.queue.hosts", scheduler, HostScheduler::hosts)
        .description("Hosts with URLs waiting or under way in this replica")
        .register(registry);
    this.deepest =
        MultiGauge.builder("broadsheet.fetch.queue.host.depth")
            .description("URLs waiting or under way for the deepest hosts of this replica")
            .register(registry);
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "fetch-metrics");
              t.setDaemon(true);
              return t;
            });
    refresher.scheduleWithFixedDelay(this::refreshDeepest, 0, 5, TimeUnit.SECONDS);
  }

  /** Registers the gauge of records held (received, not yet acknowledged) and paused partitions. */
  public void watchIntake(IntSupplier held, IntSupplier pausedPartitions) {
    Gauge.builder("broadsheet.fetch.queue.held", held::getAsInt)
        .description("FetchRequested records received and not yet acknowledged")
        .register(registry);
    Gauge.builder("broadsheet.fetch.partitions.paused", pausedPartitions::getAsInt)
        .description("Partitions of broadsheet.fetch.requested paused for back-pressure")
        .register(registry);
  }

  void requested(int count) {
    requested.increment(count);
  }

  void attempted() {
    attempts.increment();
  }

  void status(int status) {
    Counter.builder("broadsheet.fetch.responses")
        .description("Page responses by HTTP status (failures without one: see fetch.failures)")
        .tag("status", String.valueOf(status))
        .register(registry)
        .increment();
  }

  void failed(String reason) {
    if (reason.startsWith("http-")) {
      status(Integer.parseInt(reason.substring("http-".length())));
    }
    Counter.builder("broadsheet.fetch.failures")
        .description("Failed page requests by reason, retried ones included")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  void retried(String reason) {
    Counter.builder("broadsheet.fetch.retries")
        .description("Requests scheduled again after a retryable failure, by reason")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  void fetched(long bodyBytes) {
    fetched.increment();
    bytes.record(bodyBytes);
  }

  void rejected(String reason) {
    Counter.builder("broadsheet.pages.rejected")
        .description("URLs and pages rejected, by stage and reason")
        .tag("stage", STAGE)
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  @PreDestroy
  void stop() {
    refresher.shutdownNow();
  }

  private void refreshDeepest() {
    deepest.register(
        scheduler.deepest(DEEPEST_HOSTS).stream()
            .map(d -> MultiGauge.Row.of(Tags.of("host", d.host()), d.tasks()))
            .toList(),
        true);
  }
}
