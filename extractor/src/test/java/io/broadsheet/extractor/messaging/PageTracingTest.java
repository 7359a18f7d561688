package io.broadsheet.extractor.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageFetchedRecord;
import io.broadsheet.events.Topics;
import io.broadsheet.extractor.extract.Pages;
import io.broadsheet.testsupport.ExportedSpans;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.TraceParent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The article made from a page is published in the page's trace. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class PageTracingTest {

  private static final AttributeKey<String> URL = AttributeKey.stringKey("url.full");

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Inject InMemorySpanExporter spans;

  @Test
  void articleRecordCarriesThePageRecordsTraceIdAndTheExtractSpanDescendsFromIt() {
    KafkaFixtures kafka = new KafkaFixtures(bootstrap);
    String host = "www-" + UUID.randomUUID() + ".lanterngazette.example";
    String canonical = "https://" + host + "/2024/03/harbour-ferry-returns";
    TraceParent page = TraceParent.random();
    long before = kafka.written(Topics.ARTICLES_EXTRACTED);

    PageFetched fetched = Pages.html(canonical, Pages.fixture("news-article.html"));
    List<PageFetchedRecord.Header> headers =
        new ArrayList<>(
            PageFetchedRecord.headers(
                fetched, UUID.randomUUID().toString(), "/broadsheet/fetcher"));
    headers.add(PageFetchedRecord.Header.of("traceparent", page.header()));
    kafka.sendV2(URI.create(canonical).getHost(), fetched.body(), headers);

    ConsumerRecord<String, byte[]> article =
        kafka.awaitRecord(Topics.ARTICLES_EXTRACTED, before, canonical);
    TraceParent carried = TraceParent.parse(KafkaFixtures.header(article, "traceparent"));
    assertThat(carried.traceId()).isEqualTo(page.traceId());

    SpanData extract =
        ExportedSpans.await(
            spans,
            s ->
                s.getName().equals(PageFetchedListener.SPAN)
                    && canonical.equals(s.getAttributes().get(URL)));
    assertThat(extract.getTraceId()).isEqualTo(page.traceId());
    // extract <- the connector's receive span <- the page record's traceparent
    SpanData receive =
        ExportedSpans.await(spans, s -> s.getSpanId().equals(extract.getParentSpanId()));
    assertThat(receive.getKind()).isEqualTo(SpanKind.CONSUMER);
    assertThat(receive.getParentSpanId()).isEqualTo(page.spanId());
    // the article record's producer span is a child of the extract span
    SpanData publish = ExportedSpans.await(spans, s -> s.getSpanId().equals(carried.spanId()));
    assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
    assertThat(publish.getParentSpanId()).isEqualTo(extract.getSpanId());
  }
}
