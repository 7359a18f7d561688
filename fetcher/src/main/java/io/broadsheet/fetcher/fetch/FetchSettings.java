package io.broadsheet.fetcher.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link ResourceDownloader} fetches.
 *
 * @param userAgent the {@code User-Agent} header
 * @param connectTimeout limit on opening a connection
 * @param readTimeout limit on waiting for the next bytes of a response (headers or body)
 * @param requestTimeout limit on a whole download, redirects and body included
 * @param maxRedirects redirects followed before giving up
 * @param maxBodyBytes limit on the decoded body
 * @param maxConnections open connections in the pool, all hosts together
 * @param maxConnectionsPerHost open connections to one host (scheme, name and port)
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    Duration requestTimeout,
    int maxRedirects,
    long maxBodyBytes,
    int maxConnections,
    int maxConnectionsPerHost) {

  /** Pool size when none is given. */
  public static final int DEFAULT_MAX_CONNECTIONS = 200;

  /** Connections per host when none is given. */
  public static final int DEFAULT_MAX_CONNECTIONS_PER_HOST = 2;

  public FetchSettings {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (maxRedirects < 0 || maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxRedirects >= 0 and maxBodyBytes > 0 required");
    }
    if (maxConnections < 1 || maxConnectionsPerHost < 1 || maxConnectionsPerHost > maxConnections) {
      throw new IllegalArgumentException(
          "1 <= maxConnectionsPerHost <= maxConnections required, got "
              + maxConnectionsPerHost
              + " and "
              + maxConnections);
    }
    for (Duration d : new Duration[] {connectTimeout, readTimeout, requestTimeout}) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("timeouts must be positive, got " + d);
      }
    }
  }

  /** Settings with the read timeout equal to the request timeout and the default pool limits. */
  public FetchSettings(
      String userAgent,
      Duration connectTimeout,
      Duration requestTimeout,
      int maxRedirects,
      long maxBodyBytes) {
    this(
        userAgent,
        connectTimeout,
        requestTimeout,
        requestTimeout,
        maxRedirects,
        maxBodyBytes,
        DEFAULT_MAX_CONNECTIONS,
        DEFAULT_MAX_CONNECTIONS_PER_HOST);
  }

  /** The same settings with another connect timeout. */
  public FetchSettings withConnectTimeout(Duration timeout) {
    return new FetchSettings(
        userAgent,
        timeout,
        readTimeout,
        requestTimeout,
        maxRedirects,
        maxBodyBytes,
        maxConnections,
        maxConnectionsPerHost);
  }

  /** The same settings with another read timeout. */
  public FetchSettings withReadTimeout(Duration timeout) {
    return new FetchSettings(
        userAgent,
        connectTimeout,
        timeout,
        requestTimeout,
        maxRedirects,
        maxBodyBytes,
        maxConnections,
        maxConnectionsPerHost);
  }
}
