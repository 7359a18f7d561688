package io.broadsheet.fetcher.politeness;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers sites that cannot be reached, so that the URLs queued behind them fail at once instead
 * of each spending every retry on a dead address. A site (scheme, host and port: a refused port
 * says nothing about another) is unreachable after {@code threshold} URLs in a row ended in a
 * connection or DNS failure with their retries used up; for {@code coolOff} after that, its URLs
 * are rejected without a request. Any URL of the site that gets an answer (whatever its status)
 * clears it. Without this, a site gone down with thousands of URLs queued holds its partition for
 * hours of back-offs. Thread-safe.
 */
public final class UnreachableHosts {

  private record State(int failuresInARow, Instant downUntil, String lastDetail) {}

  private final int threshold;
  private final Duration coolOff;
  private final Clock clock;
  private final Map<String, State> sites = new ConcurrentHashMap<>();

  /**
   * @param threshold URLs in a row that must fail to connect before the site counts as unreachable
   *     (0 turns this off)
   * @param coolOff how long its URLs are then rejected without a request
   */
  public UnreachableHosts(int threshold, Duration coolOff, Clock clock) {
    if (threshold < 0) {
      throw new IllegalArgumentException("threshold must not be negative, got " + threshold);
    }
    this.threshold = threshold;
    this.coolOff = coolOff;
    this.clock = clock;
  }

  /** Why {@code url}'s site is skipped now, or empty when it may be tried. */
  public Optional<String> skip(String url) {
    String site = site(url);
    State state = site == null ? null : sites.get(site);
    if (state == null || state.downUntil() == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(state.downUntil())) {
      return Optional.empty(); // cool-off over: the next URL tries again
    }
    return Optional.of(
        site
            + " unreachable: "
            + threshold
            + " URLs in a row failed ("
            + state.lastDetail()
            + "); not tried again before "
            + state.downUntil());
  }

  /** A URL of the site ended in a connection or DNS failure after its last attempt. */
  public void unreachable(String url, String detail) {
    String site = site(url);
    if (site == null || threshold == 0) {
      return;
    }
    sites.compute(
        site,
        (key, old) -> {
          int inARow = old == null ? 1 : old.failuresInARow() + 1;
          Instant until = inARow >= threshold ? clock.instant().plus(coolOff) : null;
          return new State(inARow, until, detail);
        });
  }

  /** A URL of the site got an answer: it is reachable. */
  public void reached(String url) {
    String site = site(url);
    if (site != null) {
      sites.remove(site);
    }
  }

  private static String site(String url) {
    try {
      URI uri = URI.create(url);
      if (uri.getHost() == null || uri.getScheme() == null) {
        return null;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
