package io.broadsheet.fetcher.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link PageDownloader} fetches.
 *
 * @param userAgent the {@code User-Agent} header
 * @param connectTimeout limit on opening a connection
 * @param requestTimeout limit on a whole download, redirects and body included
 * @param maxRedirects redirects followed before giving up
 * @param maxBodyBytes limit on the decoded body
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxRedirects,
    long maxBodyBytes) {
  public FetchSettings {
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (maxRedirects < 0 || maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxRedirects >= 0 and maxBodyBytes > 0 required");
    }
  }
}
