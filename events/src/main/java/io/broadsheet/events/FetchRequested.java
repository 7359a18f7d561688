package io.broadsheet.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A URL was accepted for fetching. Keyed by {@link #host()} so that every URL of a host goes to the
 * same partition, and so to one fetcher replica at a time.
 *
 * @param url the normalised absolute http(s) URL to fetch
 * @param host lower-case host of {@code url}; the record key
 * @param source where the URL came from ({@code api}, a feed id, ...)
 * @param requestedAt when it was accepted
 */
public record FetchRequested(String url, String host, String source, Instant requestedAt) {
  public FetchRequested {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(requestedAt, "requestedAt");
  }
}
