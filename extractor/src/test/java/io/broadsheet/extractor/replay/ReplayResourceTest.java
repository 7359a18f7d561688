package io.broadsheet.extractor.replay;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.broadsheet.events.Topics;
import io.broadsheet.extractor.extract.Pages;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * {@code /replay} against the real broker: which records a job reads, what it publishes, and the
 * answers to requests it cannot run. Records carry explicit timestamps in a past year of their own
 * and a host of their own, so tests sharing the topic do not see each other's pages.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ReplayResourceTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void replaysTheSitesPagesInsideTheRangeThroughExtractionAndPublishesTheResults() {
    String site = uniqueHost();
    Instant from = someHourInThePast();
    String article = "https://" + site + "/2024/03/harbour-ferry-returns";
    try (ReplayPages pages = new ReplayPages(bootstrap)) {
      pages.v1(Pages.html(article, Pages.fixture("news-article.html")), from.plusSeconds(60));
      pages.v2(
          Pages.html("https://" + site + "/local", Pages.fixture("section-front.html")),
          from.plusSeconds(120));
      pages.garbled(site, from.plusSeconds(180));
      // Outside: a minute after the range, a second before it, and another site inside it.
      pages.v2(Pages.html(article, Pages.fixture("news-article.html")), from.plusSeconds(660));
      pages.v1(Pages.html(article, Pages.fixture("news-article.html")), from.minusSeconds(1));
      pages.v2(
          Pages.html("https://" + uniqueHost() + "/a", Pages.fixture("news-article.html")),
          from.plusSeconds(60));
      pages.flush();
    }

    JsonPath job = awaitFinished(start(from, from.plusSeconds(600), site, false));

    assertThat(job.getString("status")).isEqualTo("done");
    assertThat(job.getString("site")).isEqualTo(site);
    assertThat(job.getLong("matched")).isEqualTo(3);
    assertThat(job.getLong("extracted")).isEqualTo(1);
    assertThat(job.getLong("rejected")).isEqualTo(1);
    assertThat(job.getLong("failed")).isEqualTo(1);
    assertThat(job.getLong("scanned")).isGreaterThanOrEqualTo(3);
    assertThat(job.getString("finished_at")).isNotNull();
    // The listener extracted each of the three v1/v2 records of the article once when they came;
    // the replay adds a fourth.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(recordsKeyed(Topics.ARTICLES_EXTRACTED, article)).isEqualTo(4));
  }

  @Test
  void aDryRunExtractsWithoutPublishing() {
    String site = uniqueHost();
    Instant from = someHourInThePast();
    String article = "https://" + site + "/2024/03/harbour-ferry-returns";
    try (ReplayPages pages = new ReplayPages(bootstrap)) {
      pages.v2(Pages.html(article, Pages.fixture("news-article.html")), from.plusSeconds(5));
      pages.flush();
    }
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> recordsKeyed(Topics.ARTICLES_EXTRACTED, article) == 1);

    JsonPath job = awaitFinished(start(from, from.plusSeconds(60), site, true));

    assertThat(job.getString("status")).isEqualTo("done");
    assertThat(job.getBoolean("dry_run")).isTrue();
    assertThat(job.getLong("extracted")).isEqualTo(1);
    assertThat(recordsKeyed(Topics.ARTICLES_EXTRACTED, article)).isEqualTo(1);
  }

  @Test
  void aCancelledJobStopsAndAnOverlappingOneIsRefusedWhileItRuns() {
    String site = uniqueHost();
    Instant from = someHourInThePast();
    int count = 300;
    try (ReplayPages pages = new ReplayPages(bootstrap)) {
      for (int i = 0; i < count; i++) {
        pages.v2(
            Pages.html("https://" + site + "/story-" + i, Pages.fixture("news-article.html")),
            from.plusSeconds(i));
      }
      pages.flush();
    }
    String id = start(from, from.plusSeconds(3600), site, true);

    given()
        .contentType(ContentType.JSON)
        .body(request(from.plusSeconds(1800), from.plusSeconds(7200), site, false))
        .post("/replay")
        .then()
        .statusCode(409)
        .body("existing_id", equalTo(id))
        .body("error", containsString(id));
    given().delete("/replay/" + id).then().statusCode(200).body("id", equalTo(id));

    JsonPath job = awaitFinished(id);
    assertThat(job.getString("status")).isEqualTo("cancelled");
    assertThat(job.getLong("matched")).isLessThan(count);
    // Once it has ended, the same range can be replayed again.
    String again = start(from, from.plusSeconds(1), site, true);
    assertThat(awaitFinished(again).getString("status")).isEqualTo("done");
    given()
        .get("/replay")
        .then()
        .statusCode(200)
        .body("id", org.hamcrest.Matchers.hasItems(id, again));
  }

  @Test
  void answersBadRequestsWithWhatToFix() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("to", "2024-03-05T10:00:00Z"))
        .post("/replay")
        .then()
        .statusCode(400)
        .body("error", containsString("from is required"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("from", "2024-03-05T10:00:00Z", "to", "yesterday"))
        .post("/replay")
        .then()
        .statusCode(400)
        .body("error", containsString("to is not an ISO-8601 instant"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("from", "2024-03-05T10:00:00Z", "to", "2024-03-05T09:00:00Z"))
        .post("/replay")
        .then()
        .statusCode(400)
        .body("error", containsString("is after to"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("from", "2024-03-01T00:00:00Z", "to", "2024-03-08T00:00:01Z"))
        .post("/replay")
        .then()
        .statusCode(400)
        .body("error", containsString("wider than the maximum"));
  }

  @Test
  void answersNotFoundForAnUnknownJob() {
    given()
        .get("/replay/no-such-job")
        .then()
        .statusCode(404)
        .body("error", containsString("no-such-job"));
    given().delete("/replay/no-such-job").then().statusCode(404);
  }

  private static String start(Instant from, Instant to, String site, boolean dryRun) {
    return given()
        .contentType(ContentType.JSON)
        .body(request(from, to, site, dryRun))
        .post("/replay")
        .then()
        .statusCode(202)
        .body("status", org.hamcrest.Matchers.oneOf("queued", "running"))
        .body("from", equalTo(from.toString()))
        .extract()
        .path("id");
  }

  private static Map<String, Object> request(Instant from, Instant to, String site, boolean dry) {
    return Map.of("from", from.toString(), "to", to.toString(), "site", site, "dry_run", dry);
  }

  private static JsonPath awaitFinished(String id) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> given().get("/replay/" + id).then().statusCode(200).extract().jsonPath(),
            job ->
                !job.getString("status").equals("queued")
                    && !job.getString("status").equals("running"));
  }

  private long recordsKeyed(String topic, String key) {
    int written = (int) TestKafka.recordsWritten(bootstrap, topic);
    return TestKafka.poll(bootstrap, topic, written, Duration.ofSeconds(10)).stream()
        .filter(r -> key.equals(r.key()))
        .count();
  }

  private static String uniqueHost() {
    return "www-" + UUID.randomUUID() + ".lanterngazette.example";
  }

  /** An hour in 2001-2010 of this test's own, so that no other test's records fall inside. */
  private static Instant someHourInThePast() {
    return Instant.parse("2001-01-01T00:00:00Z")
        .plus(ThreadLocalRandom.current().nextInt(24 * 365 * 9), ChronoUnit.HOURS);
  }
}
