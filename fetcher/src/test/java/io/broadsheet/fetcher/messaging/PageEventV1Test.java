package io.broadsheet.fetcher.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.Topics;
import io.broadsheet.fetcher.fixtures.FixtureSite;
import io.broadsheet.fetcher.fixtures.Records;
import io.broadsheet.testsupport.EventSchemas;
import io.broadsheet.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With page-event-version=v1 the fetcher publishes the JSON page event consumers not yet moved
 * read.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(PageEventV1Test.PublishV1.class)
class PageEventV1Test {

  /** Sets broadsheet.fetch.page-event-version=v1. */
  public static class PublishV1 implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("broadsheet.fetch.page-event-version", "v1");
    }
  }

  private static FixtureSite site;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @BeforeAll
  static void startSite() {
    site = new FixtureSite();
  }

  @AfterAll
  static void stopSite() {
    site.close();
  }

  @Test
  void publishesTheV1JsonEventWithTheBodyInBase64() {
    String url = site.url("/article.html") + "?run=" + UUID.randomUUID();
    given()
        .contentType(ContentType.JSON)
        .body("{\"urls\": [\"" + url + "\"]}")
        .when()
        .post("/urls")
        .then()
        .statusCode(202);

    ConsumerRecord<String, byte[]> record =
        Records.awaitRecord(bootstrap, Topics.PAGES_FETCHED, r -> Records.isPage(r, url));

    EventSchemas.assertValid(EventType.PAGE_FETCHED, record.value());
    PageFetched page = EventCodec.fromJson(record.value(), PageFetched.class);
    assertThat(page.requestedUrl()).isEqualTo(url);
    assertThat(page.charset()).isEqualTo("utf-8");
    assertThat(page.body()).isEqualTo(site.article());
    assertThat(Records.headers(record))
        .containsEntry("ce_type", EventType.PAGE_FETCHED.ceType())
        .containsEntry("content-type", "application/json")
        .doesNotContainKey("broadsheet-status");
  }
}
