package io.broadsheet.fetcher.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.fetcher.fetch.AddressPolicy;
import io.broadsheet.fetcher.fetch.FetchSettings;
import io.broadsheet.fetcher.fetch.ResourceDownloader;
import io.broadsheet.fetcher.fixtures.MultiHostSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** robots.txt over real HTTP from sites on loopback, with a clock the test moves. */
class RobotsCacheTest {

  private static MultiHostSite site;

  private Instant now = Instant.parse("2026-11-27T00:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  private final RobotsCache cache =
      new RobotsCache(
          new RobotsCache.Settings(
              "BroadsheetBot", Duration.ofHours(24), Duration.ofMinutes(1), 512 * 1024, 100),
          new ResourceDownloader(
              new FetchSettings(
                  "BroadsheetBot/0.1", Duration.ofSeconds(5), Duration.ofSeconds(10), 5, 1 << 20),
              AddressPolicy.allowAll(),
              Clock.systemUTC()),
          clock);

  @BeforeAll
  static void start() {
    site = new MultiHostSite(6, 1024, 8);
    site.robots(
        0,
        "User-agent: BroadsheetBot\nDisallow: /page/private/\nCrawl-delay: 2\n\n"
            + "User-agent: *\nDisallow: /\n");
    site.robotsStatus(1, 404);
    site.robotsStatus(2, 503);
    site.robots(3, "User-agent: *\nDisallow: /page/\n");
    site.robotsStatus(4, 429);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private long robotsRequests(int host) {
    return site.hits(host).stream().filter(h -> h.path().equals("/robots.txt")).count();
  }

  @Test
  void appliesTheGroupForOurAgentAndCachesIt() {
    String open = site.url(0, "/page/a");
    assertThat(cache.check(open)).isInstanceOf(RobotsVerdict.Unknown.class);
    assertThat(cache.fetch(open)).isInstanceOf(RobotsVerdict.Allowed.class);
    assertThat(cache.check(site.url(0, "/page/private/b")))
        .isEqualTo(new RobotsVerdict.Disallowed(site.url(0, "/robots.txt")));
    assertThat(cache.check(site.url(0, "/page/c"))).isInstanceOf(RobotsVerdict.Allowed.class);
    assertThat(cache.crawlDelay(MultiHostSite.host(0))).isEqualTo(Duration.ofSeconds(2));
    assertThat(robotsRequests(0)).isEqualTo(1);
    assertThat(cache.hits()).isEqualTo(2);
    assertThat(cache.misses()).isEqualTo(1);
  }

  @Test
  void readsRobotsTxtAgainOnceExpired() {
    String url = site.url(3, "/page/a");
    assertThat(cache.fetch(url)).isInstanceOf(RobotsVerdict.Disallowed.class);
    now = now.plus(Duration.ofHours(23));
    assertThat(cache.check(url)).isInstanceOf(RobotsVerdict.Disallowed.class);
    now = now.plus(Duration.ofHours(2));
    assertThat(cache.check(url)).isInstanceOf(RobotsVerdict.Unknown.class);
  }

  @Test
  void allowsEverythingWhenRobotsTxtIsMissing() {
    assertThat(cache.fetch(site.url(1, "/page/a"))).isInstanceOf(RobotsVerdict.Allowed.class);
    assertThat(cache.check(site.url(1, "/anything"))).isInstanceOf(RobotsVerdict.Allowed.class);
    assertThat(cache.crawlDelay(MultiHostSite.host(1))).isEqualTo(Duration.ZERO);
  }

  @Test
  void disallowsEverythingWhileRobotsTxtAnswersWithAServerErrorThenTriesAgain() {
    String url = site.url(2, "/page/a");
    RobotsVerdict verdict = cache.fetch(url);
    assertThat(verdict).isInstanceOf(RobotsVerdict.Unavailable.class);
    assertThat(((RobotsVerdict.Unavailable) verdict).failure().reason()).isEqualTo("http-503");
    assertThat(cache.check(url)).isInstanceOf(RobotsVerdict.Unavailable.class);
    now = now.plus(Duration.ofMinutes(2));
    assertThat(cache.check(url)).isInstanceOf(RobotsVerdict.Unknown.class);
  }

  @Test
  void treatsTooManyRequestsOnRobotsTxtAsUnavailable() {
    RobotsVerdict verdict = cache.fetch(site.url(4, "/page/a"));
    assertThat(((RobotsVerdict.Unavailable) verdict).failure().reason()).isEqualTo("http-429");
  }

  @Test
  void disallowsEverythingWhenTheSiteIsUnreachable() {
    RobotsVerdict verdict = cache.fetch("http://127.0.0.1:9/page/a");
    assertThat(((RobotsVerdict.Unavailable) verdict).failure().reason()).isEqualTo("connection");
  }

  @Test
  void keepsOneEntryPerSchemeHostAndPort() {
    assertThat(RobotsCache.siteOf("HTTP://Example.COM:80/a?b")).isEqualTo("http://example.com");
    assertThat(RobotsCache.siteOf("https://example.com:443/a")).isEqualTo("https://example.com");
    assertThat(RobotsCache.siteOf("https://example.com:8443/a"))
        .isEqualTo("https://example.com:8443");
  }

  @Test
  void concurrentFetchesForOneSiteShareOneRequest() throws Exception {
    site.robotsDelay(500);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<RobotsVerdict>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String url = site.url(5, "/page/" + i);
        calls.add(() -> cache.fetch(url));
      }
      for (Future<RobotsVerdict> verdict : pool.invokeAll(calls)) {
        assertThat(verdict.get()).isInstanceOf(RobotsVerdict.Allowed.class);
      }
    } finally {
      site.robotsDelay(0);
      pool.shutdownNow();
    }
    assertThat(robotsRequests(5)).isEqualTo(1);
  }
}
