package io.broadsheet.indexer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.fixtures.Articles;
import io.broadsheet.indexer.fixtures.Publish;
import io.broadsheet.indexer.search.SearchCursor;
import io.broadsheet.indexer.search.SearchRequest;
import io.broadsheet.indexer.store.Article;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** {@code GET /articles} and {@code GET /articles/{id}} over articles indexed from the broker. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleResourceTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void cursorPagingWalksEveryArticleNewestFirstWithoutDuplicates() {
    QuarkusTransaction.requiringNew().run(() -> Article.deleteAll());
    List<ArticleExtracted> events =
        List.of(
            Articles.publishedAt("https://paging.example.org/a", "2024-01-01T10:00:00+01:00"),
            Articles.publishedAt("https://paging.example.org/b", "2024-01-03T10:00:00Z"),
            Articles.publishedAt("https://paging.example.org/c", "2024-01-02T10:00:00-03:00"),
            Articles.publishedAt("https://paging.example.org/d", "2024-01-02T10:00:00-03:00"),
            Articles.minimal(
                "https://paging.example.org/e", Instant.parse("2024-01-01T00:00:00Z")));
    events.forEach(e -> Publish.article(bootstrap, e));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> QuarkusTransaction.requiringNew().call(() -> Article.count()) == events.size());

    List<String> walked = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String cursor = null;
    do {
      var request = given().queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/articles").then().statusCode(200).extract().jsonPath();
      List<String> urls = page.getList("items.canonical_url");
      walked.addAll(urls);
      pageSizes.add(urls.size());
      cursor = page.getString("next");
    } while (cursor != null);

    // e has no publication time: it sorts by when it was first indexed, i.e. now, so first.
    // c and d share a publication time: the id breaks the tie, descending.
    String c = "https://paging.example.org/c";
    String d = "https://paging.example.org/d";
    boolean cBeforeD = events.get(2).id().compareTo(events.get(3).id()) > 0;
    assertThat(walked)
        .containsExactly(
            "https://paging.example.org/e",
            "https://paging.example.org/b",
            cBeforeD ? c : d,
            cBeforeD ? d : c,
            "https://paging.example.org/a");
    assertThat(pageSizes).containsExactly(2, 2, 1);
  }

  @Test
  void listingItemsCarryNoBodyBlocks() {
    ArticleExtracted event = Articles.full("https://listing.example.org/" + System.nanoTime());
    Publish.article(bootstrap, event);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> given().get("/articles/{id}", event.id()).then().statusCode(200));

    given()
        .queryParam("limit", 100)
        .get("/articles")
        .then()
        .statusCode(200)
        .body("items.find { it.id == '" + event.id() + "' }", not(hasKey("body")))
        .body("items.find { it.id == '" + event.id() + "' }.body_text", equalTo(event.bodyText()));
  }

  @Test
  void anEmptyLastPageHasNoNextCursor() {
    String everything =
        SearchRequest.parse(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new SearchRequest.Limits(20, 100, 500))
            .fingerprint();
    String pastEverything = new SearchCursor(Instant.EPOCH, null, "0", everything).encode();

    given()
        .queryParam("cursor", pastEverything)
        .get("/articles")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0))
        .body("next", nullValue());
  }

  @Test
  void anUnknownIdIs404WithAJsonError() {
    given()
        .get("/articles/{id}", "ffffffffffffffffffffffffffffffff")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("error", equalTo("no article with id ffffffffffffffffffffffffffffffff"));
  }

  @Test
  void aLimitAboveTheMaximumIs400() {
    given()
        .queryParam("limit", 101)
        .get("/articles")
        .then()
        .statusCode(400)
        .body("error", equalTo("limit must be between 1 and 100, got 101"));
  }

  @Test
  void aZeroLimitIs400() {
    given()
        .queryParam("limit", 0)
        .get("/articles")
        .then()
        .statusCode(400)
        .body("error", equalTo("limit must be between 1 and 100, got 0"));
  }

  @Test
  void aNonNumericLimitIs400() {
    given()
        .queryParam("limit", "ten")
        .get("/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("error", equalTo("limit must be an integer, got 'ten'"));
  }

  @Test
  void aForgedCursorIs400() {
    given()
        .queryParam("cursor", "bm90LWEtY3Vyc29y")
        .get("/articles")
        .then()
        .statusCode(400)
        .body("error", equalTo("invalid cursor 'bm90LWEtY3Vyc29y'"));
  }
}
