package io.broadsheet.fetcher.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.CloudEventHeaders;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageFetchedRecord;
import io.broadsheet.events.PageRejected;
import io.broadsheet.events.Topics;
import io.broadsheet.fetcher.fixtures.FixtureSite;
import io.broadsheet.fetcher.fixtures.Records;
import io.broadsheet.testsupport.EventSchemas;
import io.broadsheet.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /urls → broker → fetcher → broker, with the fixture site on loopback. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class FetchPipelineTest {

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

  /** A URL on the fixture site no other test uses, so its records can be told apart. */
  private static String unique(String path) {
    return site.url(path) + "?run=" + UUID.randomUUID();
  }

  private static void submit(String... urls) {
    String body = "{\"urls\": [\"" + String.join("\", \"", urls) + "\"]}";
    given().contentType(ContentType.JSON).body(body).when().post("/urls").then().statusCode(202);
  }

  @Test
  void publishesAcceptedUrlAsFetchRequestedKeyedByHost() {
    String url = unique("/article.html");
    submit(url);

    ConsumerRecord<String, byte[]> record =
        Records.awaitRecord(bootstrap, Topics.FETCH_REQUESTED, r -> Records.text(r).contains(url));

    EventSchemas.assertValid(EventType.FETCH_REQUESTED, record.value());
    FetchRequested event = EventCodec.fromJson(record.value(), FetchRequested.class);
    assertThat(event.url()).isEqualTo(url);
    assertThat(event.host()).isEqualTo("127.0.0.1");
    assertThat(event.source()).isEqualTo("api");
    assertThat(record.key()).isEqualTo("127.0.0.1");
    assertThat(Records.headers(record))
        .containsEntry("ce_type", EventType.FETCH_REQUESTED.ceType())
        .containsEntry("ce_source", EventPublisher.SOURCE)
        .containsEntry("ce_subject", url);
  }

  @Test
  void fetchesSubmittedPageAndPublishesItsBodyAsTheValueOfAV2Record() {
    String url = unique("/article.html");
    submit(url);

    ConsumerRecord<String, byte[]> record =
        Records.awaitRecord(bootstrap, Topics.PAGES_FETCHED, r -> Records.isPage(r, url));

    assertThat(record.value()).isEqualTo(site.article());
    PageFetched page = Records.page(record);
    assertThat(page.requestedUrl()).isEqualTo(url);
    assertThat(page.finalUrl()).isEqualTo(url);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).isEqualTo("text/html");
    assertThat(page.charset()).isEqualTo("utf-8");
    assertThat(page.etag()).isEqualTo(FixtureSite.ETAG);
    assertThat(page.body()).isEqualTo(site.article());
    assertThat(record.key()).isEqualTo("127.0.0.1");
    Map<String, String> headers = Records.headers(record);
    assertThat(headers)
        .containsEntry("ce_specversion", CloudEventHeaders.SPEC_VERSION)
        .containsEntry("ce_type", EventType.PAGE_FETCHED_V2.ceType())
        .containsEntry("ce_source", "/broadsheet/fetcher")
        .containsEntry("ce_subject", url)
        .containsEntry("ce_time", page.fetchedAt().toString())
        .containsEntry("content-type", "text/html; charset=utf-8")
        .containsEntry(PageFetchedRecord.REQUESTED_URL, url)
        .containsEntry(PageFetchedRecord.STATUS, "200")
        .containsEntry(PageFetchedRecord.ETAG, FixtureSite.ETAG)
        .containsKeys("ce_id");
  }

  @Test
  void publishesPageRejectedForAMissingPage() {
    String url = unique("/missing");
    submit(url);

    ConsumerRecord<String, byte[]> record =
        Records.awaitRecord(bootstrap, Topics.PAGES_REJECTED, r -> url.equals(r.key()));

    EventSchemas.assertValid(EventType.PAGE_REJECTED, record.value());
    PageRejected rejected = EventCodec.fromJson(record.value(), PageRejected.class);
    assertThat(rejected.url()).isEqualTo(url);
    assertThat(rejected.stage()).isEqualTo("fetcher");
    assertThat(rejected.reason()).isEqualTo("http-404");
    assertThat(rejected.detail()).isEqualTo("HTTP 404 from " + url);
    assertThat(Records.headers(record))
        .containsEntry("ce_type", EventType.PAGE_REJECTED.ceType())
        .containsEntry("ce_subject", url);
  }

  @Test
  void sendsUndecodableMessageToTheDeadLetterTopicAndCarriesOn() {
    String garbage = "not an event " + UUID.randomUUID();
    io.broadsheet.testsupport.TestKafka.send(
        bootstrap, Topics.FETCH_REQUESTED, "127.0.0.1", garbage.getBytes(), Map.of());

    ConsumerRecord<String, byte[]> dead =
        Records.awaitRecord(
            bootstrap, Topics.FETCH_REQUESTED_DLQ, r -> Records.text(r).equals(garbage));
    assertThat(dead.key()).isEqualTo("127.0.0.1");
    assertThat(Records.headers(dead).get("dead-letter-reason"))
        .startsWith("not a valid FetchRequested");

    String url = unique("/article.html");
    submit(url);
    Records.awaitRecord(bootstrap, Topics.PAGES_FETCHED, r -> Records.isPage(r, url));
  }
}
