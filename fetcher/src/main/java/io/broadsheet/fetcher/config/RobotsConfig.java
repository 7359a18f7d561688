package io.broadsheet.fetcher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How robots.txt is read and cached ({@code broadsheet.robots.*}). */
@ConfigMapping(prefix = "broadsheet.robots")
public interface RobotsConfig {

  /** The agent name matched against User-agent lines (our User-Agent's product token). */
  @WithDefault("BroadsheetBot")
  String agent();

  /**
   * How long a robots.txt that was read (or found missing, 4xx) is used before it is read again.
   */
  @WithDefault("24h")
  Duration expiry();

  /**
   * How long a site whose robots.txt was unavailable (5xx, 429, unreachable) counts as disallowed.
   */
  @WithDefault("1m")
  Duration unavailableRetry();

  /** Limit on a robots.txt body in bytes (RFC 9309 asks for at least 500 KiB). */
  @WithDefault("524288")
  long maxBytes();

  /** Sites whose robots.txt is cached at most (least recently used dropped first). */
  @WithDefault("10000")
  int maxEntries();
}
