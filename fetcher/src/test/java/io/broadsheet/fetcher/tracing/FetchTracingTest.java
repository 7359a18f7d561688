package io.broadsheet.fetcher.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.EventCodec;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.events.Topics;
import io.broadsheet.fetcher.fixtures.FixtureSite;
import io.broadsheet.fetcher.fixtures.Records;
import io.broadsheet.testsupport.ExportedSpans;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.TestKafka;
import io.broadsheet.testsupport.TraceParent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A page's record carries the trace of its fetch, which continues the fetch request's trace. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class FetchTracingTest {

  private static final AttributeKey<String> URL = AttributeKey.stringKey("url.full");

  private static FixtureSite site;

  @Inject InMemorySpanExporter spans;

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
  void fetchedPageRecordCarriesTheTraceIdOfTheFetchSpanUnderTheRequestsTrace() {
    String url = site.url("/article.html") + "?run=" + UUID.randomUUID();
    TraceParent upstream = TraceParent.random();
    byte[] request =
        EventCodec.toJson(new FetchRequested(url, "127.0.0.1", "tracing-test", Instant.now()));
    TestKafka.send(
        bootstrap,
        Topics.FETCH_REQUESTED,
        "127.0.0.1",
        request,
        Map.of("traceparent", upstream.header().getBytes(StandardCharsets.UTF_8)));

    ConsumerRecord<String, byte[]> page =
        Records.awaitRecord(bootstrap, Topics.PAGES_FETCHED, r -> Records.isPage(r, url));
    TraceParent carried = TraceParent.parse(Records.headers(page).get("traceparent"));

    SpanData fetch = ExportedSpans.await(spans, s -> isFetchOf(s, url));
    assertThat(fetch.getTraceId()).isEqualTo(upstream.traceId());
    assertThat(carried.traceId()).isEqualTo(fetch.getTraceId());
    // The header names the producer span of the page record, a child of the fetch span.
    SpanData publish = ExportedSpans.await(spans, s -> s.getSpanId().equals(carried.spanId()));
    assertThat(publish.getParentSpanId()).isEqualTo(fetch.getSpanId());
  }

  @Test
  void submittedUrlIsFetchedInTheTraceItsFetchRequestedRecordCarries() {
    String url = site.url("/article.html") + "?run=" + UUID.randomUUID();
    given()
        .contentType(ContentType.JSON)
        .body("{\"urls\": [\"" + url + "\"]}")
        .when()
        .post("/urls")
        .then()
        .statusCode(202);

    ConsumerRecord<String, byte[]> requested =
        Records.awaitRecord(bootstrap, Topics.FETCH_REQUESTED, r -> Records.text(r).contains(url));
    ConsumerRecord<String, byte[]> page =
        Records.awaitRecord(bootstrap, Topics.PAGES_FETCHED, r -> Records.isPage(r, url));

    String requestTrace =
        TraceParent.parse(Records.headers(requested).get("traceparent")).traceId();
    assertThat(TraceParent.parse(Records.headers(page).get("traceparent")).traceId())
        .isEqualTo(requestTrace);
    assertThat(ExportedSpans.await(spans, s -> isFetchOf(s, url)).getTraceId())
        .isEqualTo(requestTrace);
  }

  private static boolean isFetchOf(SpanData span, String url) {
    return span.getName().equals("fetch") && url.equals(span.getAttributes().get(URL));
  }
}
