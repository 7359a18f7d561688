package io.broadsheet.fetcher.discovery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.EventCodec;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.events.Topics;
import io.broadsheet.fetcher.config.DiscoveryConfig;
import io.broadsheet.fetcher.fixtures.DiscoverySite;
import io.broadsheet.fetcher.fixtures.Records;
import io.broadsheet.fetcher.messaging.EventPublisher;
import io.broadsheet.fetcher.service.DiscoveryService;
import io.broadsheet.fetcher.url.UrlNormalizer;
import io.broadsheet.testsupport.KafkaTestResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sources polled end to end: the fixture site on loopback, the real broker, the real database.
 * Background polling is off in tests; polls are started through the API or the service.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class DiscoveryTest {

  private DiscoverySite site;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Inject DiscoveryService discovery;
  @Inject SourceStore store;
  @Inject SeenUrls seen;
  @Inject SourceReader reader;
  @Inject PollSchedule schedule;

  @Inject UrlNormalizer normalizer;

  @Inject EventPublisher publisher;
  @Inject DiscoveryConfig config;
  @Inject MeterRegistry registry;

  @BeforeEach
  void startSite() {
    site = new DiscoverySite();
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  private String create(String path, String kind) {
    String body =
        kind == null
            ? "{\"url\": \"" + site.url(path) + "\"}"
            : "{\"url\": \"" + site.url(path) + "\", \"kind\": \"" + kind + "\"}";
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/sources")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static JsonPath poll(String id) {
    return given().post("/sources/{id}/poll", id).then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath get(String id) {
    return given().get("/sources/{id}", id).then().statusCode(200).extract().jsonPath();
  }

  /** The FetchRequested records about this test's site, in topic order per partition. */
  private List<ConsumerRecord<String, byte[]>> records() {
    return Records.all(bootstrap, Topics.FETCH_REQUESTED).stream()
        .filter(r -> Records.text(r).contains(site.url("/")))
        .toList();
  }

  private static FetchRequested event(ConsumerRecord<String, byte[]> record) {
    return EventCodec.fromJson(record.value(), FetchRequested.class);
  }

  private List<String> publishedPaths() {
    return records().stream()
        .map(r -> event(r).url().substring(site.url("").length()))
        .sorted()
        .toList();
  }

  @Test
  void publishesFeedUrlsOnceThenNothingOn304ThenOnlyTheNewItem() {
    String id = create("/rss2.xml", "feed");

    JsonPath first = poll(id);
    assertThat(first.getString("result")).isEqualTo("ok");
    assertThat(first.getInt("published")).isEqualTo(2);
    List<ConsumerRecord<String, byte[]>> records = records();
    assertThat(records).hasSize(2);
    for (ConsumerRecord<String, byte[]> record : records) {
      assertThat(record.key()).isEqualTo("127.0.0.1");
      assertThat(event(record).source()).isEqualTo(id);
      assertThat(event(record).host()).isEqualTo("127.0.0.1");
    }
    // Tracking parameters are gone from what is published.
    assertThat(publishedPaths()).containsExactly("/articles/rss-1.html", "/articles/rss-2.html");

    JsonPath second = poll(id);
    assertThat(second.getString("result")).isEqualTo("not-modified");
    assertThat(site.notModified("/rss2.xml")).isEqualTo(1);
    assertThat(records()).hasSize(2);

    site.addFeedItem("/articles/rss-3.html");
    JsonPath third = poll(id);
    assertThat(third.getInt("found")).isEqualTo(3);
    assertThat(third.getInt("published")).isEqualTo(1);
    assertThat(publishedPaths())
        .containsExactly("/articles/rss-1.html", "/articles/rss-2.html", "/articles/rss-3.html");

    JsonPath source = get(id);
    assertThat(source.getString("status")).isEqualTo("ok");
    assertThat(source.getInt("polls")).isEqualTo(3);
    assertThat(source.getInt("urls_found")).isEqualTo(5);
    assertThat(source.getInt("urls_new")).isEqualTo(3);
    assertThat(source.getInt("consecutive_failures")).isZero();
    assertThat(source.getString("last_poll_at")).isNotNull();
    assertThat(Instant.parse(source.getString("next_poll_at")))
        .isAfter(Instant.parse(source.getString("last_poll_at")));
  }

  @Test
  void adaptsTheIntervalLongerWhenNothingChanges() {
    String id = create("/rss1.rdf", "feed");
    poll(id); // new URLs: halved, at least min-interval
    Duration afterNew = Duration.parse(get(id).getString("current_interval"));
    poll(id); // 304: 1.5 times longer
    Duration afterSame = Duration.parse(get(id).getString("current_interval"));
    assertThat(afterNew).isEqualTo(Duration.ofMinutes(5));
    assertThat(afterSame).isEqualTo(Duration.ofMinutes(7).plusSeconds(30));
  }

  @Test
  void detectsTheKindAndDefaultsTheInterval() {
    String id = create("/atom.xml", null);
    JsonPath before = get(id);
    assertThat(before.getString("kind")).isNull();
    assertThat(before.getString("interval")).isEqualTo("PT10M");
    assertThat(before.getString("status")).isEqualTo("new");

    poll(id);

    JsonPath after = get(id);
    assertThat(after.getString("kind")).isEqualTo("feed");
    assertThat(after.getBoolean("kind_detected")).isTrue();
    assertThat(publishedPaths()).containsExactly("/articles/atom-1.html", "/articles/rss-1.html");
  }

  @Test
  void publishesNewsSitemapIndexEntriesNewerThanMaxAge() {
    String id = create("/sitemap-index.xml", "sitemap");
    assertThat(poll(id).getInt("published")).isEqualTo(3);
    assertThat(publishedPaths())
        .containsExactly("/articles/gz-1.html", "/articles/news-new.html", "/articles/sm-new.html");
  }

  @Test
  void publishesEveryUrlOfASitemapLargerThanOnePublishingChunk() {
    String id = create("/big-sitemap.xml", "sitemap");
    assertThat(poll(id).getInt("published")).isEqualTo(DiscoverySite.BIG_SITEMAP_URLS);
    assertThat(records()).hasSize(DiscoverySite.BIG_SITEMAP_URLS);
    assertThat(get(id).getInt("urls_new")).isEqualTo(DiscoverySite.BIG_SITEMAP_URLS);
  }

  @Test
  void reportsInvalidLinesOfAListWithoutFailingIt() {
    String id = create("/urls.txt", "list");
    assertThat(poll(id).getInt("published")).isEqualTo(2);
    JsonPath source = get(id);
    assertThat(source.getString("status")).isEqualTo("ok");
    assertThat(source.getString("last_error"))
        .isEqualTo("1 invalid URLs, e.g. ftp://127.0.0.1/not-http (not http(s): scheme ftp)");
    assertThat(publishedPaths()).containsExactly("/articles/list-1.html", "/articles/list-2.html");
  }

  @Test
  void showsFailuresAndBackOffOfABrokenSourceAndKeepsIt() {
    String id = create("/broken", "feed");
    JsonPath first = poll(id);
    assertThat(first.getString("result")).isEqualTo("failed");
    JsonPath afterOne = get(id);
    JsonPath second = poll(id);
    JsonPath afterTwo = get(id);

    assertThat(second.getString("error")).startsWith("http-500");
    assertThat(afterTwo.getString("status")).isEqualTo("failing");
    assertThat(afterTwo.getInt("consecutive_failures")).isEqualTo(2);
    assertThat(afterTwo.getInt("polls")).isEqualTo(2);
    assertThat(afterTwo.getString("last_error")).startsWith("http-500");
    Duration firstWait = wait(afterOne);
    Duration secondWait = wait(afterTwo);
    // failure-backoff PT1M, doubled per failure, +-10% jitter
    assertThat(firstWait).isBetween(Duration.ofSeconds(53), Duration.ofSeconds(67));
    assertThat(secondWait).isBetween(Duration.ofSeconds(107), Duration.ofSeconds(133));
    List<String> ids =
        given().get("/sources").then().statusCode(200).extract().jsonPath().getList("sources.id");
    assertThat(ids).contains(id);
    assertThat(records()).isEmpty();
  }

  private static Duration wait(JsonPath source) {
    return Duration.between(
        Instant.parse(source.getString("last_poll_at")),
        Instant.parse(source.getString("next_poll_at")));
  }

  @Test
  void doesNotRediscoverUrlsSubmittedThroughTheApi() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"urls\": [\"" + site.url("/articles/rss-2.html") + "\"]}")
        .post("/urls")
        .then()
        .statusCode(202);
    String id = create("/rss2.xml", "feed");

    assertThat(poll(id).getInt("published")).isEqualTo(1);

    Map<String, List<String>> bySource =
        records().stream()
            .map(DiscoveryTest::event)
            .collect(
                Collectors.groupingBy(
                    FetchRequested::source,
                    Collectors.mapping(
                        e -> e.url().substring(site.url("").length()), Collectors.toList())));
    assertThat(bySource)
        .containsEntry("api", List.of("/articles/rss-2.html"))
        .containsEntry(id, List.of("/articles/rss-1.html"))
        .hasSize(2);
  }

  @Test
  void twoReplicasPollingAtOnceNeverPublishAUrlTwice() throws Exception {
    // Overlapping sources: rss-1 is in the RSS and the Atom feed; news-new in the news sitemap,
    // the sitemap index and the site's robots.txt sitemap.
    List<String> ids =
        List.of(
            create("/rss2.xml", "feed"),
            create("/atom.xml", "feed"),
            create("/news-sitemap.xml", "sitemap"),
            create("/sitemap-index.xml", "sitemap"),
            create("/section/", "site"));
    DiscoveryService replicaA = discovery;
    DiscoveryService replicaB =
        new DiscoveryService(
            store, seen, reader, schedule, normalizer, publisher, config, registry);
    assertThat(replicaB.owner()).isNotEqualTo(replicaA.owner());

    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<DiscoveryService.PollReport>>> polls = new ArrayList<>();
      for (DiscoveryService replica : List.of(replicaA, replicaB)) {
        Callable<List<DiscoveryService.PollReport>> poll =
            () -> {
              start.await();
              List<DiscoveryService.PollReport> reports = new ArrayList<>();
              // Claim one at a time, so that both replicas really take turns.
              List<DiscoveryService.PollReport> batch;
              while (!(batch = replica.pollDue(1)).isEmpty()) {
                reports.addAll(batch);
              }
              return reports;
            };
        polls.add(threads.submit(poll));
      }
      List<DiscoveryService.PollReport> all = new ArrayList<>();
      for (Future<List<DiscoveryService.PollReport>> poll : polls) {
        all.addAll(poll.get());
      }
      List<String> polledOfOurs =
          all.stream().map(DiscoveryService.PollReport::sourceId).filter(ids::contains).toList();
      assertThat(polledOfOurs).containsExactlyInAnyOrderElementsOf(ids);
    } finally {
      threads.shutdownNow();
    }
    assertThat(publishedPaths())
        .containsExactlyInAnyOrder(
            "/articles/atom-1.html",
            "/articles/gz-1.html",
            "/articles/news-new.html",
            "/articles/rss-1.html",
            "/articles/rss-2.html",
            "/articles/site-1.html",
            "/articles/site-2.html",
            "/articles/sm-new.html",
            "/section/page-2",
            "/about");
  }
}
