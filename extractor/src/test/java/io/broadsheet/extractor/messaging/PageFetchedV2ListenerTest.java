package io.broadsheet.extractor.messaging;

import static io.broadsheet.extractor.messaging.KafkaFixtures.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageFetchedRecord;
import io.broadsheet.events.PageRejected;
import io.broadsheet.events.Reasons;
import io.broadsheet.events.Topics;
import io.broadsheet.extractor.extract.Pages;
import io.broadsheet.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The v2 page record (body bytes as the value, metadata in headers) on the same topic as v1. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class PageFetchedV2ListenerTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  private KafkaFixtures kafka;

  @BeforeEach
  void setUp() {
    kafka = new KafkaFixtures(bootstrap);
  }

  @Test
  void extractsTheSameArticleFromAV2RecordAsFromAV1Event() {
    String host = "www-" + UUID.randomUUID() + ".lanterngazette.example";
    String canonical = "https://" + host + "/2024/03/harbour-ferry-returns";
    long before = kafka.written(Topics.ARTICLES_EXTRACTED);

    kafka.sendPageV2(Pages.html(canonical + "?utm_source=rss", Pages.fixture("news-article.html")));

    ConsumerRecord<String, byte[]> record =
        kafka.awaitRecord(Topics.ARTICLES_EXTRACTED, before, canonical);
    ArticleExtracted article = EventCodec.fromJson(record.value(), ArticleExtracted.class);
    assertThat(article.canonicalUrl()).isEqualTo(canonical);
    assertThat(article.title()).isEqualTo("Harbour ferry returns after winter repairs");
    assertThat(article.body()).hasSize(7);
  }

  @Test
  void readsANonAsciiUrlFromTheHeadersAsUtf8() {
    String url = "https://" + UUID.randomUUID() + ".lanterngazette.example/wärme/straße";
    long before = kafka.written(Topics.PAGES_REJECTED);

    kafka.sendPageV2(Pages.html(url, Pages.fixture("section-front.html")));

    ConsumerRecord<String, byte[]> record = kafka.awaitRecord(Topics.PAGES_REJECTED, before, url);
    PageRejected rejected = EventCodec.fromJson(record.value(), PageRejected.class);
    assertThat(rejected.url()).isEqualTo(url);
    assertThat(rejected.reason()).isEqualTo(Reasons.NOT_ARTICLE);
  }

  @Test
  void sendsAV2RecordWithAGarbledStatusToTheDeadLetterTopicAndKeepsConsuming() {
    String garbledKey = "garbled-" + UUID.randomUUID();
    long dlqBefore = kafka.written(Topics.PAGES_FETCHED_DLQ);
    long rejectedBefore = kafka.written(Topics.PAGES_REJECTED);
    PageFetched page = Pages.html("https://" + garbledKey + ".example/a", "<p>text</p>");

    kafka.sendV2(garbledKey, page.body(), with(page, PageFetchedRecord.STATUS, "OK"));
    String nextUrl = "https://" + UUID.randomUUID() + ".example/empty";
    kafka.sendPageV2(Pages.html(nextUrl, new byte[0]));

    ConsumerRecord<String, byte[]> dead =
        kafka.awaitRecord(Topics.PAGES_FETCHED_DLQ, dlqBefore, garbledKey);
    assertThat(dead.value()).isEqualTo(page.body());
    assertThat(header(dead, "dead-letter-reason"))
        .isEqualTo(
            "not a valid PageFetched v2 record: broadsheet-status is not an HTTP status: OK");
    PageRejected next =
        EventCodec.fromJson(
            kafka.awaitRecord(Topics.PAGES_REJECTED, rejectedBefore, nextUrl).value(),
            PageRejected.class);
    assertThat(next.reason()).isEqualTo(Reasons.EMPTY);
  }

  @Test
  void sendsAV2RecordWithoutItsRequestedUrlToTheDeadLetterTopic() {
    String key = "incomplete-" + UUID.randomUUID();
    long before = kafka.written(Topics.PAGES_FETCHED_DLQ);
    PageFetched page = Pages.html("https://" + key + ".example/a", "<p>text</p>");
    List<PageFetchedRecord.Header> headers = new ArrayList<>(headers(page));
    headers.removeIf(h -> h.name().equals(PageFetchedRecord.REQUESTED_URL));

    kafka.sendV2(key, page.body(), headers);

    assertThat(
            header(kafka.awaitRecord(Topics.PAGES_FETCHED_DLQ, before, key), "dead-letter-reason"))
        .isEqualTo("not a valid PageFetched v2 record: missing header broadsheet-requested-url");
  }

  private static List<PageFetchedRecord.Header> headers(PageFetched page) {
    return PageFetchedRecord.headers(page, UUID.randomUUID().toString(), "/broadsheet/fetcher");
  }

  private static List<PageFetchedRecord.Header> with(PageFetched page, String name, String value) {
    List<PageFetchedRecord.Header> headers = new ArrayList<>();
    for (PageFetchedRecord.Header h : headers(page)) {
      headers.add(h.name().equals(name) ? PageFetchedRecord.Header.of(name, value) : h);
    }
    return headers;
  }
}
