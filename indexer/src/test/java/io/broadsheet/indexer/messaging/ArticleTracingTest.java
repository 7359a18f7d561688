package io.broadsheet.indexer.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.CloudEventHeaders;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.events.Topics;
import io.broadsheet.indexer.fixtures.Articles;
import io.broadsheet.testsupport.ExportedSpans;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.PostgresTestResource;
import io.broadsheet.testsupport.TestKafka;
import io.broadsheet.testsupport.TraceParent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Each stored article's indexing is a span in the trace its record carries, batch or not. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleTracingTest {

  private static final AttributeKey<String> URL = AttributeKey.stringKey("url.full");

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Inject InMemorySpanExporter spans;

  @Test
  void everyStoredArticleHasAnIndexSpanChildOfItsRecordsTraceparent() {
    Map<ArticleExtracted, TraceParent> sent = new LinkedHashMap<>();
    for (int i = 0; i < 3; i++) {
      ArticleExtracted article =
          Articles.full("https://news.example.org/traced/" + i + "/" + UUID.randomUUID());
      TraceParent trace = TraceParent.random();
      Map<String, byte[]> headers =
          new HashMap<>(
              CloudEventHeaders.create(
                      EventType.ARTICLE_EXTRACTED, "/broadsheet/extractor", article.canonicalUrl())
                  .toKafkaHeaders());
      headers.put("traceparent", trace.header().getBytes(StandardCharsets.UTF_8));
      TestKafka.send(
          bootstrap,
          Topics.ARTICLES_EXTRACTED,
          article.canonicalUrl(),
          EventCodec.toJson(article),
          headers);
      sent.put(article, trace);
    }

    sent.forEach(
        (article, trace) -> {
          SpanData index =
              ExportedSpans.await(
                  spans,
                  s ->
                      s.getName().equals("index")
                          && article.canonicalUrl().equals(s.getAttributes().get(URL)));
          assertThat(index.getTraceId()).isEqualTo(trace.traceId());
          assertThat(index.getParentSpanId()).isEqualTo(trace.spanId());
          assertThat(index.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
          // the span ends after the batch's transaction: the article is there by then
          given().get("/articles/{id}", article.id()).then().statusCode(200);
        });
  }

  @Test
  void aDeadLetteredRecordsIndexSpanIsAnErrorInItsTrace() {
    String key = "https://news.example.org/garbled/" + UUID.randomUUID();
    TraceParent trace = TraceParent.random();
    Map<String, byte[]> headers =
        new HashMap<>(
            CloudEventHeaders.create(EventType.ARTICLE_EXTRACTED, "/broadsheet/extractor", key)
                .toKafkaHeaders());
    headers.put("traceparent", trace.header().getBytes(StandardCharsets.UTF_8));
    TestKafka.send(
        bootstrap,
        Topics.ARTICLES_EXTRACTED,
        key,
        "not json".getBytes(StandardCharsets.UTF_8),
        headers);

    SpanData index =
        ExportedSpans.await(
            spans, s -> s.getName().equals("index") && key.equals(s.getAttributes().get(URL)));
    assertThat(index.getTraceId()).isEqualTo(trace.traceId());
    assertThat(index.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }
}
