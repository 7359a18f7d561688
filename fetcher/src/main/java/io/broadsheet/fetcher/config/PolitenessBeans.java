package io.broadsheet.fetcher.config;

import io.broadsheet.fetcher.fetch.ResourceClient;
import io.broadsheet.fetcher.politeness.HostScheduler;
import io.broadsheet.fetcher.politeness.RetryPolicy;
import io.broadsheet.fetcher.politeness.RobotsCache;
import io.broadsheet.fetcher.politeness.UnreachableHosts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Turns configuration into the plain domain objects of {@code politeness}. */
@ApplicationScoped
public class PolitenessBeans {

  @Produces
  @Singleton
  RobotsCache robotsCache(RobotsConfig config, ResourceClient client) {
    return new RobotsCache(
        new RobotsCache.Settings(
            config.agent(),
            config.expiry(),
            config.unavailableRetry(),
            config.maxBytes(),
            config.maxEntries()),
        client,
        Clock.systemUTC());
  }

  @Produces
  @Singleton
  UnreachableHosts unreachableHosts(PolitenessConfig config) {
    return new UnreachableHosts(
        config.unreachableAfter(), config.unreachableCoolOff(), Clock.systemUTC());
  }

  @Produces
  @Singleton
  RetryPolicy retryPolicy(PolitenessConfig config) {
    return new RetryPolicy(config.maxAttempts(), config.retryBaseDelay(), config.retryMaxDelay());
  }

  @Produces
  @Singleton
  HostScheduler hostScheduler(PolitenessConfig config, RobotsCache robots) {
    Duration min = config.minDelay();
    Duration cap = config.maxCrawlDelay();
    return new HostScheduler(
        config.maxConcurrentPerHost(),
        config.workers(),
        host -> {
          Duration crawlDelay = robots.crawlDelay(host);
          Duration capped = crawlDelay.compareTo(cap) > 0 ? cap : crawlDelay;
          return capped.compareTo(min) > 0 ? capped : min;
        });
  }
}
