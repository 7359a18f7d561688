package io.broadsheet.fetcher.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/** The fetcher's Broadsheet meters, exposed at {@code /q/metrics} from start-up on. */
@Startup
@ApplicationScoped
public class FetchMetrics {

  static final String STAGE = "fetcher";

  private final MeterRegistry registry;
  private final Counter requested;
  private final Counter fetched;
  private final DistributionSummary bytes;

  public FetchMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.requested =
        Counter.builder("broadsheet.fetch.requested")
            .description("URLs accepted by the API and published to fetch")
            .register(registry);
    this.fetched =
        Counter.builder("broadsheet.pages.fetched")
            .description("Pages downloaded and published")
            .register(registry);
    this.bytes =
        DistributionSummary.builder("broadsheet.fetch.bytes")
            .description("Decoded body size of downloaded pages, in bytes")
            .register(registry);
  }

  void requested(int count) {
    requested.increment(count);
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
}
