package io.broadsheet.fetcher.politeness;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.broadsheet.events.Reasons;
import io.broadsheet.fetcher.fetch.FetchOutcome;
import io.broadsheet.fetcher.fetch.ResourceClient;
import io.broadsheet.fetcher.fetch.ResourceOutcome;
import io.broadsheet.fetcher.fetch.ResourceRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * robots.txt per site (scheme, host and port), fetched through the {@link ResourceClient} (so
 * redirects are followed and the address policy applies), parsed with crawler-commons, and cached
 * until it expires. RFC 9309 semantics: a 4xx (other than 429), a redirect loop or an unreadable
 * file means no restrictions; a 5xx, a 429 or an unreachable site means everything is disallowed
 * until robots.txt is tried again after {@code unavailableRetry}. Concurrent fetches of one site's
 * robots.txt share one request. Thread-safe; the cache holds at most {@code maxEntries} sites (the
 * least recently used are dropped).
 */
public final class RobotsCache {

  /** Settings of the cache. */
  public record Settings(
      String agent, Duration expiry, Duration unavailableRetry, long maxBytes, int maxEntries) {}

  private record Entry(BaseRobotRules rules, FetchOutcome.Failed failure, Instant expires) {}

  private final Settings settings;
  private final List<String> agentNames;
  private final ResourceClient client;
  private final Clock clock;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 5);
  private final Map<String, Entry> entries;
  private final Map<String, CompletableFuture<Entry>> inFlight = new ConcurrentHashMap<>();
  private final Map<String, Duration> crawlDelays;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong fetches = new AtomicLong();

  public RobotsCache(Settings settings, ResourceClient client, Clock clock) {
    this.settings = settings;
    this.agentNames = List.of(settings.agent().toLowerCase(Locale.ROOT));
    this.client = client;
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > settings.maxEntries();
          }
        };
    this.crawlDelays =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Duration> eldest) {
            return size() > settings.maxEntries();
          }
        };
  }

  /** The verdict on {@code url} from the cache, {@link RobotsVerdict.Unknown} when not cached. */
  public RobotsVerdict check(String url) {
    String site = siteOf(url);
    Entry entry;
    synchronized (entries) {
      entry = entries.get(site);
    }
    if (entry == null || !clock.instant().isBefore(entry.expires())) {
      misses.incrementAndGet();
      return new RobotsVerdict.Unknown();
    }
    hits.incrementAndGet();
    return verdict(site, entry, url);
  }

  /**
   * Fetches the robots.txt of {@code url}'s site (or waits for a fetch already under way), caches
   * it and returns the verdict on {@code url}. Blocks for at most one request.
   */
  public RobotsVerdict fetch(String url) {
    String site = siteOf(url);
    CompletableFuture<Entry> mine = new CompletableFuture<>();
    CompletableFuture<Entry> running = inFlight.putIfAbsent(site, mine);
    if (running != null) {
      return verdict(site, running.join(), url);
    }
    try {
      Entry entry = load(site);
      synchronized (entries) {
        entries.put(site, entry);
      }
      mine.complete(entry);
      return verdict(site, entry, url);
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(site, mine);
    }
  }

  /**
   * The Crawl-delay the last robots.txt read from {@code host} asks of our agent, zero when none.
   */
  public Duration crawlDelay(String host) {
    synchronized (crawlDelays) {
      return crawlDelays.getOrDefault(host.toLowerCase(Locale.ROOT), Duration.ZERO);
    }
  }

  /** The agent name matched against {@code User-agent} lines. */
  public String agent() {
    return settings.agent();
  }

  /** Lookups answered from the cache. */
  public long hits() {
    return hits.get();
  }

  /** Lookups that found nothing current in the cache. */
  public long misses() {
    return misses.get();
  }

  /** robots.txt requests made. */
  public long fetches() {
    return fetches.get();
  }

  private Entry load(String site) {
    String robotsUrl = site + "/robots.txt";
    fetches.incrementAndGet();
    ResourceOutcome outcome = client.get(ResourceRequest.any(robotsUrl, settings.maxBytes()));
    Instant now = clock.instant();
    Instant fresh = now.plus(settings.expiry());
    if (outcome instanceof ResourceOutcome.Received received) {
      BaseRobotRules rules =
          parser.parseContent(
              robotsUrl, received.body(), received.contentType().mediaType(), agentNames);
      String host = URI.create(site).getHost();
      synchronized (crawlDelays) {
        if (rules.getCrawlDelay() > 0) {
          crawlDelays.put(host, Duration.ofMillis(rules.getCrawlDelay()));
        } else {
          crawlDelays.remove(host);
        }
      }
      return new Entry(rules, null, fresh);
    }
    FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
    String reason = failed.reason();
    if (unavailable(reason)) {
      return new Entry(null, failed, now.plus(settings.unavailableRetry()));
    }
    // 4xx, redirect loop, too large, unreadable: RFC 9309 2.3.1.3, no restrictions.
    return new Entry(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), null, fresh);
  }

  /** Whether a robots.txt failure means "try again later, disallow until then". */
  private static boolean unavailable(String reason) {
    if (reason.startsWith("http-4")) {
      return reason.equals(Reasons.http(429));
    }
    return !reason.equals(Reasons.REDIRECT_LOOP)
        && !reason.equals(Reasons.TOO_LARGE)
        && !reason.equals(Reasons.UNSUPPORTED_TYPE)
        && !reason.equals(Reasons.UNPARSEABLE);
  }

  private static RobotsVerdict verdict(String site, Entry entry, String url) {
    if (entry.failure() != null) {
      return new RobotsVerdict.Unavailable(entry.failure());
    }
    return entry.rules().isAllowed(url)
        ? new RobotsVerdict.Allowed()
        : new RobotsVerdict.Disallowed(site + "/robots.txt");
  }

  /** {@code scheme://host[:port]} of an absolute http(s) URL, lower case, default port omitted. */
  static String siteOf(String url) {
    URI uri = URI.create(url);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }
}
