package io.broadsheet.fetcher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the fetcher downloads pages ({@code broadsheet.fetch.*}). */
@ConfigMapping(prefix = "broadsheet.fetch")
public interface FetchConfig {

  /** The User-Agent header sent with every request. */
  @WithDefault("BroadsheetBot/0.1 (+https://github.com/broadsheet)")
  String userAgent();

  /** Limit on opening a connection. */
  @WithDefault("10s")
  Duration connectTimeout();

  /** Limit on a whole download: every redirect hop and the body included. */
  @WithDefault("30s")
  Duration requestTimeout();

  /** Redirects followed before a URL is rejected as redirect-loop. */
  @WithDefault("5")
  int maxRedirects();

  /** Limit on the decoded (uncompressed) body in bytes; larger pages are rejected as too-large. */
  @WithDefault("10485760")
  long maxBodyBytes();

  /**
   * Whether hosts resolving to loopback, private, link-local or wildcard addresses may be fetched
   * (true only for tests and the local stack).
   */
  @WithDefault("false")
  boolean allowLoopback();
}
