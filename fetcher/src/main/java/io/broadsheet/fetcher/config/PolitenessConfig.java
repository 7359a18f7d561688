package io.broadsheet.fetcher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How politely the fetcher treats each host, and how it retries ({@code broadsheet.politeness.*}).
 * robots.txt settings are in {@link RobotsConfig}.
 */
@ConfigMapping(prefix = "broadsheet.politeness")
public interface PolitenessConfig {

  /** Least time between two requests to one host (counted from the previous start and end). */
  @WithDefault("1s")
  Duration minDelay();

  /** Cap on a robots.txt Crawl-delay; the effective delay is max(min-delay, capped Crawl-delay). */
  @WithDefault("30s")
  Duration maxCrawlDelay();

  /** Requests to one host under way at once in a replica. */
  @WithDefault("1")
  int maxConcurrentPerHost();

  /** Requests under way at once in a replica, all hosts together (the worker threads). */
  @WithDefault("32")
  int workers();

  /** URLs of one host held in memory before its partition is paused (resumed at half). */
  @WithDefault("20")
  int maxQueuedPerHost();

  /** URLs held in memory in all before partitions are paused (resumed at half). */
  @WithDefault("2000")
  int maxQueued();

  /**
   * Attempts per URL for retryable failures (5xx, 429, timeout, connection), the first included.
   */
  @WithDefault("4")
  int maxAttempts();

  /** Wait before the second attempt; doubled for each further one, with jitter. */
  @WithDefault("2s")
  Duration retryBaseDelay();

  /** Cap on the wait between attempts, a server's Retry-After included. */
  @WithDefault("60s")
  Duration retryMaxDelay();

  /** Longest a rebalance waits for revoked hosts' requests to end and their delays to pass. */
  @WithDefault("45s")
  Duration revokeWait();

  /**
   * URLs of one site (scheme, host, port) in a row that must fail to connect, retries used up,
   * before its other URLs are rejected without a request for {@code unreachable-cool-off}; 0 =
   * never.
   */
  @WithDefault("3")
  int unreachableAfter();

  /** How long a site that cannot be reached is skipped before it is tried again. */
  @WithDefault("2m")
  Duration unreachableCoolOff();
}
