package io.broadsheet.extractor.messaging;

import static io.broadsheet.extractor.messaging.KafkaFixtures.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.PageRejected;
import io.broadsheet.events.Reasons;
import io.broadsheet.events.Topics;
import io.broadsheet.extractor.extract.Pages;
import io.broadsheet.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class PageFetchedListenerTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @ConfigProperty(name = "quarkus.application.version")
  String applicationVersion;

  private KafkaFixtures kafka;

  @BeforeEach
  void setUp() {
    kafka = new KafkaFixtures(bootstrap);
  }

  @Test
  void publishesTheArticleKeyedByCanonicalUrlWithCloudEventsHeaders() {
    String host = "www-" + UUID.randomUUID() + ".lanterngazette.example";
    String canonical = "https://" + host + "/2024/03/harbour-ferry-returns";
    long before = kafka.written(Topics.ARTICLES_EXTRACTED);

    kafka.sendPage(Pages.html(canonical + "?utm_source=rss", Pages.fixture("news-article.html")));

    ConsumerRecord<String, byte[]> record =
        kafka.awaitRecord(Topics.ARTICLES_EXTRACTED, before, canonical);
    assertThat(header(record, "ce_type")).isEqualTo("io.broadsheet.article.extracted.v1");
    assertThat(header(record, "ce_source")).isEqualTo("/broadsheet/extractor");
    assertThat(header(record, "ce_subject")).isEqualTo(canonical);
    assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
    assertThat(header(record, "content-type")).isEqualTo("application/json");
    ArticleExtracted article = EventCodec.fromJson(record.value(), ArticleExtracted.class);
    assertThat(article.canonicalUrl()).isEqualTo(canonical);
    assertThat(article.title()).isEqualTo("Harbour ferry returns after winter repairs");
    assertThat(article.body()).hasSize(7);
    assertThat(article.extractorVersion()).isEqualTo(applicationVersion);
  }

  @Test
  void publishesARejectionKeyedByUrlForASectionFront() {
    String url = "https://" + UUID.randomUUID() + ".lanterngazette.example/world";
    long before = kafka.written(Topics.PAGES_REJECTED);

    kafka.sendPage(Pages.html(url, Pages.fixture("section-front.html")));

    ConsumerRecord<String, byte[]> record = kafka.awaitRecord(Topics.PAGES_REJECTED, before, url);
    assertThat(header(record, "ce_type")).isEqualTo("io.broadsheet.page.rejected.v1");
    PageRejected rejected = EventCodec.fromJson(record.value(), PageRejected.class);
    assertThat(rejected.url()).isEqualTo(url);
    assertThat(rejected.stage()).isEqualTo("extractor");
    assertThat(rejected.reason()).isEqualTo(Reasons.NOT_ARTICLE);
    assertThat(rejected.detail())
        .isEqualTo(
            "section front or tag page: 6 link(s) make most of the text, 8 word(s) of article text");
  }

  @Test
  void sendsAnUndecodableValueToTheDeadLetterTopicAndKeepsConsuming() {
    String garbageKey = "garbage-" + UUID.randomUUID();
    long dlqBefore = kafka.written(Topics.PAGES_FETCHED_DLQ);
    long rejectedBefore = kafka.written(Topics.PAGES_REJECTED);

    kafka.send(garbageKey, "this is not json {".getBytes(StandardCharsets.UTF_8), Map.of());
    String nextUrl = "https://" + UUID.randomUUID() + ".example/empty";
    kafka.sendPage(Pages.html(nextUrl, new byte[0]));

    ConsumerRecord<String, byte[]> dead =
        kafka.awaitRecord(Topics.PAGES_FETCHED_DLQ, dlqBefore, garbageKey);
    assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("this is not json {");
    assertThat(header(dead, "dead-letter-reason")).startsWith("not a valid PageFetched");
    PageRejected next =
        EventCodec.fromJson(
            kafka.awaitRecord(Topics.PAGES_REJECTED, rejectedBefore, nextUrl).value(),
            PageRejected.class);
    assertThat(next.reason()).isEqualTo(Reasons.EMPTY);
  }

  @Test
  void sendsAPageFetchedWithoutRequiredFieldsToTheDeadLetterTopic() {
    String key = "incomplete-" + UUID.randomUUID();
    long before = kafka.written(Topics.PAGES_FETCHED_DLQ);

    kafka.send(key, "{\"status\":200}".getBytes(StandardCharsets.UTF_8), Map.of());

    assertThat(kafka.awaitRecord(Topics.PAGES_FETCHED_DLQ, before, key).value())
        .isEqualTo("{\"status\":200}".getBytes(StandardCharsets.UTF_8));
  }
}
