package io.broadsheet.indexer.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.fixtures.Articles;
import io.broadsheet.indexer.fixtures.IndexedCounts;
import io.broadsheet.indexer.fixtures.Publish;
import io.broadsheet.indexer.store.Article;
import io.broadsheet.indexer.store.IndexOutcome;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.PostgresTestResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** ArticleExtracted events on the real broker end up in the real database, idempotently. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleExtractedListenerTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Inject MeterRegistry registry;

  @Test
  void storesEveryFieldAndServesItBackUnchanged() {
    ArticleExtracted event = Articles.full(uniqueUrl("full"));

    Publish.article(bootstrap, event);

    awaitStored(event.id());
    given()
        .get("/articles/{id}", event.id())
        .then()
        .statusCode(200)
        .body("id", equalTo(event.id()))
        .body("canonical_url", equalTo(event.canonicalUrl()))
        .body("url", equalTo(event.canonicalUrl() + "?utm_source=feed"))
        .body("site", equalTo("news.example.org"))
        .body("title", equalTo("Council approves the new bridge"))
        .body("subtitle", equalTo("A vote after two years of debate"))
        .body("authors", contains("Ada Lovelace", "Grace Hopper"))
        .body("credit", contains("Example Wire"))
        .body("published", equalTo("2024-05-01T10:15:30+02:00"))
        .body("updated", equalTo("2024-05-01T12:00:00-05:30"))
        .body("section", equalTo("Local"))
        .body("topics", contains("transport", "city council"))
        .body("language", equalTo("en-GB"))
        .body("site_name", equalTo("The Example Times"))
        .body("lead_image.url", equalTo("https://news.example.org/img/bridge.jpg"))
        .body("lead_image.caption", equalTo("The bridge at dusk"))
        .body("lead_image.credit", equalTo("J. Doe"))
        .body("body.kind", contains("paragraph", "heading", "list-item"))
        .body(
            "body.text",
            contains("The council voted 7 to 2.", "What happens next", "Work starts in June."))
        .body("body_text", equalTo(event.bodyText()))
        .body("word_count", equalTo(13))
        .body("paywalled", equalTo(false))
        .body("content_hash", equalTo(event.contentHash()))
        .body("extractor_version", equalTo("extractor-1.0.0"))
        .body("fetched_at", equalTo("2024-05-01T08:20:00Z"))
        .body("extracted_at", equalTo("2024-05-01T08:20:01.123456Z"));
  }

  @Test
  void storesAMinimalArticleWithAbsentFieldsAsNullOrEmpty() {
    ArticleExtracted event =
        Articles.minimal(uniqueUrl("minimal"), Instant.parse("2024-05-02T00:00:00Z"));

    Publish.article(bootstrap, event);

    awaitStored(event.id());
    given()
        .get("/articles/{id}", event.id())
        .then()
        .statusCode(200)
        .body("published", nullValue())
        .body("lead_image", nullValue())
        .body("paywalled", nullValue())
        .body("authors.size()", equalTo(0))
        .body("body.size()", equalTo(0));
  }

  @Test
  void theSameEventTwiceLeavesOneUnchangedRow() {
    ArticleExtracted event = Articles.full(uniqueUrl("twice"));
    Publish.article(bootstrap, event);
    awaitStored(event.id());
    String indexedAt = given().get("/articles/{id}", event.id()).path("indexed_at");
    double unchangedBefore = IndexedCounts.of(registry, IndexOutcome.UNCHANGED);

    Publish.article(bootstrap, event);

    await()
        .atMost(WAIT)
        .until(() -> IndexedCounts.of(registry, IndexOutcome.UNCHANGED) > unchangedBefore);
    assertThat(Article.count("canonicalUrl", event.canonicalUrl())).isEqualTo(1);
    given().get("/articles/{id}", event.id()).then().body("indexed_at", equalTo(indexedAt));
  }

  @Test
  void aNewerExtractionReplacesTheStoredOne() {
    ArticleExtracted first = Articles.full(uniqueUrl("newer"));
    ArticleExtracted second =
        Articles.retitled(first, "Bridge vote delayed", first.extractedAt().plusSeconds(60));
    Publish.article(bootstrap, first);
    awaitStored(first.id());

    Publish.article(bootstrap, second);

    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                given()
                    .get("/articles/{id}", first.id())
                    .then()
                    .body("title", equalTo("Bridge vote delayed"))
                    .body("extracted_at", equalTo("2024-05-01T08:21:01.123456Z"))
                    .body("version", equalTo(2))
                    .body("versions.title", contains(first.title(), "Bridge vote delayed"))
                    .body("versions[1].changed", contains("title")));
  }

  @Test
  void anOlderExtractionArrivingLaterDoesNotOverwriteButJoinsTheHistory() {
    ArticleExtracted newer = Articles.full(uniqueUrl("older"));
    ArticleExtracted older =
        Articles.retitled(newer, "Stale headline", newer.extractedAt().minusSeconds(60));
    Publish.article(bootstrap, newer);
    awaitStored(newer.id());
    double historyBefore = IndexedCounts.of(registry, IndexOutcome.HISTORY);

    Publish.article(bootstrap, older);

    await()
        .atMost(WAIT)
        .until(() -> IndexedCounts.of(registry, IndexOutcome.HISTORY) > historyBefore);
    given()
        .get("/articles/{id}", newer.id())
        .then()
        .body("title", equalTo("Council approves the new bridge"))
        .body("extracted_at", equalTo("2024-05-01T08:20:01.123456Z"))
        .body("version", equalTo(2))
        .body("versions.title", contains("Stale headline", "Council approves the new bridge"))
        .body("versions[1].changed", contains("title"));
  }

  @Test
  void anOlderExtractionOfTheSameContentChangesNothing() {
    ArticleExtracted newer = Articles.full(uniqueUrl("older-same"));
    ArticleExtracted older =
        Articles.retitled(newer, newer.title(), newer.extractedAt().minusSeconds(60));
    Publish.article(bootstrap, newer);
    awaitStored(newer.id());
    double unchangedBefore = IndexedCounts.of(registry, IndexOutcome.UNCHANGED);

    Publish.article(bootstrap, older);

    await()
        .atMost(WAIT)
        .until(() -> IndexedCounts.of(registry, IndexOutcome.UNCHANGED) > unchangedBefore);
    given().get("/articles/{id}", newer.id()).then().body("version", equalTo(1));
  }

  static String uniqueUrl(String name) {
    return "https://news.example.org/" + name + "/" + UUID.randomUUID();
  }

  private static void awaitStored(String id) {
    await()
        .atMost(WAIT)
        .untilAsserted(() -> given().get("/articles/{id}", id).then().statusCode(200));
  }
}
