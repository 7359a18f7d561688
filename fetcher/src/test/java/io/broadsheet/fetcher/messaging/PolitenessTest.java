package io.broadsheet.fetcher.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.broadsheet.events.EventCodec;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageRejected;
import io.broadsheet.events.Topics;
import io.broadsheet.fetcher.fixtures.MultiHostSite;
import io.broadsheet.fetcher.fixtures.Records;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * robots.txt, Crawl-delay, per-host delay and retries, end to end: FetchRequested records on the
 * real broker, the fetcher, and sites on distinct loopback addresses that record when each request
 * arrived. Every test uses its own hosts, so the gaps measured are between this test's requests.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(PolitenessTest.Profile.class)
class PolitenessTest {

  static final Duration MIN_DELAY = Duration.ofMillis(400);

  /** A noticeable delay per host, fast retries, three attempts. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "broadsheet.politeness.min-delay", MIN_DELAY.toMillis() + "ms",
          "broadsheet.politeness.max-attempts", "3",
          "broadsheet.politeness.retry-base-delay", "100ms",
          "broadsheet.politeness.retry-max-delay", "5s",
          "broadsheet.politeness.max-crawl-delay", "1500ms");
    }
  }

  // Hosts: 0 robots rules, 1 Crawl-delay, 2 Retry-After, 3 server errors, 4-8 many URLs each,
  // 9 a slow host, 10 Crawl-delay above the cap.
  private static MultiHostSite site;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @BeforeAll
  static void startSites() {
    site = new MultiHostSite(11, 8 * 1024, 16);
    site.robots(0, "User-agent: *\nDisallow: /page/private/\n");
    site.robots(
        1, "User-agent: BroadsheetBot\nCrawl-delay: 1\nAllow: /\n\nUser-agent: *\nDisallow: /\n");
    site.robots(10, "User-agent: *\nCrawl-delay: 60\n");
  }

  @AfterAll
  static void stopSites() {
    site.close();
  }

  private void request(int host, String url) {
    FetchRequested event = new FetchRequested(url, MultiHostSite.host(host), "test", Instant.now());
    TestKafka.send(
        bootstrap, Topics.FETCH_REQUESTED, event.host(), EventCodec.toJson(event), Map.of());
  }

  private PageFetched awaitFetched(String url) {
    ConsumerRecord<String, byte[]> record =
        Records.awaitRecord(bootstrap, Topics.PAGES_FETCHED, r -> Records.isPage(r, url));
    return Records.page(record);
  }

  private PageRejected awaitRejected(String url) {
    ConsumerRecord<String, byte[]> record =
        Records.awaitRecord(bootstrap, Topics.PAGES_REJECTED, r -> url.equals(r.key()));
    return EventCodec.fromJson(record.value(), PageRejected.class);
  }

  private static String unique() {
    return UUID.randomUUID().toString();
  }

  /** Gaps between consecutive requests the site {@code host} received, in milliseconds. */
  private static List<Long> gapsMillis(int host) {
    List<MultiHostSite.Hit> hits = site.hits(host);
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < hits.size(); i++) {
      gaps.add((hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000);
    }
    return gaps;
  }

  @Test
  void rejectsWhatRobotsTxtDisallowsAndFetchesTheRest() {
    String secret = site.url(0, "/page/private/" + unique());
    String open = site.url(0, "/page/open-" + unique());
    request(0, secret);
    request(0, open);

    PageRejected rejected = awaitRejected(secret);
    assertThat(rejected.reason()).isEqualTo("robots-disallowed");
    assertThat(rejected.stage()).isEqualTo("fetcher");
    assertThat(rejected.detail())
        .isEqualTo("disallowed by " + site.url(0, "/robots.txt") + " for BroadsheetBot");
    assertThat(awaitFetched(open).status()).isEqualTo(200);
    assertThat(site.hits(0)).extracting(MultiHostSite.Hit::path).doesNotContain(secret);
  }

  @Test
  void honoursTheCrawlDelayOfTheGroupNamingOurAgent() {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      urls.add(site.url(1, "/page/crawl-delay-" + i + "-" + unique()));
    }
    urls.forEach(url -> request(1, url));

    urls.forEach(this::awaitFetched); // the group for "*" would disallow them all
    assertThat(site.hits(1)).hasSize(5); // robots.txt and four pages
    assertThat(gapsMillis(1)).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(1000));
  }

  @Test
  void capsACrawlDelayAboveMaxCrawlDelay() {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      urls.add(site.url(10, "/page/capped-" + i + "-" + unique()));
    }
    urls.forEach(url -> request(10, url));

    urls.forEach(this::awaitFetched); // 60 s each would outlast the 30 s wait
    assertThat(gapsMillis(10)).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(1500));
  }

  @Test
  void retries429AfterTheRetryAfterTheServerAskedFor() {
    String path = "/fail/1/429/" + unique();
    String url = site.url(2, path) + "?retry-after=2";
    request(2, url);

    assertThat(awaitFetched(url).status()).isEqualTo(200);
    List<MultiHostSite.Hit> attempts =
        site.hits(2).stream().filter(h -> h.path().equals(path)).toList();
    assertThat(attempts).hasSize(2);
    assertThat((attempts.get(1).nanos() - attempts.get(0).nanos()) / 1_000_000)
        .isGreaterThanOrEqualTo(2000);
  }

  @Test
  void retriesServerErrorsThenRejectsWithTheReason() {
    String path = "/fail/99/503/" + unique();
    String url = site.url(3, path);
    request(3, url);

    PageRejected rejected = awaitRejected(url);
    assertThat(rejected.reason()).isEqualTo("http-503");
    assertThat(rejected.detail()).isEqualTo("HTTP 503 from " + url + " (after 3 attempts)");
    assertThat(site.hits(3).stream().filter(h -> h.path().equals(path))).hasSize(3);
    assertThat(gapsMillis(3))
        .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(MIN_DELAY.toMillis()));
  }

  @Test
  void neverSendsTwoRequestsToAHostWithinTheDelayAndServesHostsSideBySide() {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      for (int host = 4; host <= 8; host++) {
        String url = site.url(host, "/page/many-" + i + "-" + unique());
        urls.add(url);
        request(host, url);
      }
    }
    String slow = site.url(9, "/slow/3000/" + unique());
    request(9, slow);

    urls.forEach(this::awaitFetched);
    awaitFetched(slow);
    for (int host = 4; host <= 8; host++) {
      assertThat(site.hits(host)).hasSize(7); // robots.txt and six pages
      assertThat(gapsMillis(host))
          .as("gaps at host %s", MultiHostSite.host(host))
          .allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(MIN_DELAY.toMillis()));
    }
    // Side by side: every host's first page came before any host's last one.
    long lastFirst =
        java.util.stream.IntStream.rangeClosed(4, 8)
            .mapToLong(h -> site.hits(h).get(1).nanos())
            .max()
            .orElseThrow();
    long firstLast =
        java.util.stream.IntStream.rangeClosed(4, 8)
            .mapToLong(h -> site.hits(h).get(6).nanos())
            .min()
            .orElseThrow();
    assertThat(lastFirst).isLessThan(firstLast);
  }

  @Test
  void exposesPolitenessMetrics() {
    String url = site.url(0, "/page/metrics-" + unique());
    request(0, url);
    awaitFetched(url);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(given().when().get("/q/metrics").then().extract().asString())
                    .contains("broadsheet_fetches_total")
                    .containsPattern("broadsheet_fetch_responses_total\\{[^}]*status=\"200\"")
                    .containsPattern("broadsheet_robots_lookups_total\\{[^}]*result=\"hit\"")
                    .containsPattern("broadsheet_robots_lookups_total\\{[^}]*result=\"miss\"")
                    .contains("broadsheet_robots_fetches_total")
                    .contains("broadsheet_fetch_queue_held")
                    .contains("broadsheet_fetch_queue_waiting")
                    .contains("broadsheet_fetch_partitions_paused"));
  }
}
