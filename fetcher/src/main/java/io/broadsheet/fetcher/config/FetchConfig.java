package io.broadsheet.fetcher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How the fetcher downloads pages ({@code broadsheet.fetch.*}). */
@ConfigMapping(prefix = "broadsheet.fetch")
public interface FetchConfig {

  /** The User-Agent header sent with every request. */
  @WithDefault("BroadsheetBot/0.1 (+https://github.com/broadsheet)")
  String userAgent();

  /** Limit on opening a connection. */
  @WithDefault("10s")
  Duration connectTimeout();

  /** Limit on waiting for the next bytes of a response, headers or body (socket read timeout). */
  @WithDefault("10s")
  Duration readTimeout();

  /** Limit on a whole download: every redirect hop and the body included. */
  @WithDefault("30s")
  Duration requestTimeout();

  /** Redirects followed before a URL is rejected as redirect-loop. */
  @WithDefault("5")
  int maxRedirects();

  /** Limit on the decoded (uncompressed) body in bytes; larger pages are rejected as too-large. */
  @WithDefault("10485760")
  long maxBodyBytes();

  /** Open connections in the pool, all hosts together. */
  @WithDefault("200")
  int maxConnections();

  /** Open connections to one host (scheme, name and port); the pool makes other requests wait. */
  @WithDefault("2")
  int maxConnectionsPerHost();

  /**
   * Address ranges (CIDR, comma-separated) the SSRF guard lets through although they are not
   * public, e.g. {@code 10.20.0.0/16}; empty by default.
   */
  Optional<List<String>> allowRanges();

  /**
   * Shorthand for allowing 127.0.0.0/8 and ::1 through the SSRF guard (true only for tests and the
   * local stack).
   */
  @WithDefault("false")
  boolean allowLoopback();

  /**
   * The page event published: {@code v2} (body bytes as the record value, metadata in headers) or
   * {@code v1} (JSON, body base64) while a consumer of the pages topic still reads only v1.
   */
  @WithDefault("v2")
  PageEventVersion pageEventVersion();
}
