package io.broadsheet.indexer.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.indexer.fixtures.Publish;
import io.broadsheet.testsupport.EventSchemas;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The producer's golden ArticleExtracted sample, sent byte for byte, is consumed and stored. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleExtractedContractTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void theGoldenSampleIsValidAndIsIndexed() throws IOException {
    byte[] sample = readSample();
    EventSchemas.assertValid(EventType.ARTICLE_EXTRACTED, sample);
    ArticleExtracted expected = EventCodec.fromJson(sample, ArticleExtracted.class);

    Publish.raw(bootstrap, expected.canonicalUrl(), sample);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> given().get("/articles/{id}", expected.id()).then().statusCode(200));
    given()
        .get("/articles/{id}", expected.id())
        .then()
        .body(
            "canonical_url", equalTo("https://news.example.org/city/2026/11/harbour-ferry-returns"))
        .body("title", equalTo("Harbour ferry returns after storm repairs"))
        .body("authors", contains("Maria Lindqvist", "Tom Okafor"))
        .body("published", equalTo("2026-11-24T09:05:00+01:00"))
        .body("updated", equalTo("2026-11-24T09:40:00+01:00"))
        .body("lead_image.credit", equalTo("Photo: Example Gazette"))
        .body("body.size()", equalTo(7))
        .body("body[5].kind", equalTo("quote"))
        .body("word_count", equalTo(71))
        .body("content_hash", equalTo(expected.contentHash()))
        .body("fetched_at", equalTo("2026-11-24T08:15:01.250Z"))
        .body("extracted_at", equalTo("2026-11-24T08:15:01.900Z"));
  }

  private static byte[] readSample() throws IOException {
    try (InputStream in =
        ArticleExtractedContractTest.class.getResourceAsStream(
            EventType.ARTICLE_EXTRACTED.sampleResource())) {
      if (in == null) {
        throw new AssertionError(
            "no golden sample at " + EventType.ARTICLE_EXTRACTED.sampleResource());
      }
      return in.readAllBytes();
    }
  }
}
