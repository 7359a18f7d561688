package io.broadsheet.indexer.version;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.fixtures.ArticleBuilder;
import io.broadsheet.indexer.fixtures.Publish;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A re-fetched article whose content changed keeps its earlier versions, readable in full. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class VersionsApiTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void everyContentChangeIsAVersionWithWhatChanged() {
    String url = "https://versions.example.org/" + UUID.randomUUID();
    ArticleExtracted v1 =
        ArticleBuilder.at(url)
            .title("Fire at the depot")
            .body("A fire broke out.")
            .extractedAt(T0)
            .build();
    ArticleExtracted sameAgain =
        ArticleBuilder.at(url)
            .title("Fire at the depot")
            .body("A fire broke out.")
            .extractedAt(T0.plusSeconds(600))
            .build();
    ArticleExtracted v2 =
        ArticleBuilder.at(url)
            .title("Fire at the depot under control")
            .body("A fire broke out.", "Firefighters brought it under control by noon.")
            .extractedAt(T0.plusSeconds(3600))
            .build();

    publishAndWait(v1, 1);
    publishAndWait(sameAgain, 1);
    publishAndWait(v2, 2);

    given()
        .get("/articles/{id}", v1.id())
        .then()
        .body("title", equalTo("Fire at the depot under control"))
        .body("versions.version", contains(1, 2))
        .body("versions.extracted_at", contains("2024-06-01T08:10:00Z", "2024-06-01T09:00:00Z"))
        .body("versions[0].changed", equalTo(java.util.List.of()))
        .body("versions[1].changed", contains("title", "body"));
    given()
        .get("/articles/{id}/versions/1", v1.id())
        .then()
        .statusCode(200)
        .body("title", equalTo("Fire at the depot"))
        .body("body_text", equalTo("A fire broke out."))
        .body("body.text", contains("A fire broke out."));
    given()
        .get("/articles/{id}/versions/2", v1.id())
        .then()
        .body(
            "body_text",
            equalTo("A fire broke out.\n\nFirefighters brought it under control by noon."));
  }

  @Test
  void aVersionOutOfRangeOrNotANumberIsRefused() {
    String url = "https://versions.example.org/" + UUID.randomUUID();
    ArticleExtracted v1 = ArticleBuilder.at(url).title("Only one").extractedAt(T0).build();
    publishAndWait(v1, 1);

    given()
        .get("/articles/{id}/versions/2", v1.id())
        .then()
        .statusCode(404)
        .body("detail", equalTo("article " + v1.id() + " has versions 1 to 1, not 2"));
    given().get("/articles/{id}/versions/first", v1.id()).then().statusCode(400);
    given().get("/articles/{id}/versions/1", "0".repeat(32)).then().statusCode(404);
  }

  private void publishAndWait(ArticleExtracted event, int version) {
    Publish.article(bootstrap, event);
    String extractedAt = event.extractedAt().toString();
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                given()
                    .get("/articles/{id}", event.id())
                    .then()
                    .statusCode(200)
                    .body("extracted_at", equalTo(extractedAt))
                    .body("version", equalTo(version)));
  }
}
