package io.broadsheet.indexer.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.CloudEventHeaders;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.events.Topics;
import io.broadsheet.indexer.fixtures.Articles;
import io.broadsheet.indexer.fixtures.Publish;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.PostgresTestResource;
import io.broadsheet.testsupport.TestKafka;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Records the indexer cannot use go to the dead-letter topic; the consumer keeps going. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class DeadLetterTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void garbageLandsOnTheDeadLetterTopicAndTheNextEventIsStillIndexed() {
    String key = "https://news.example.org/garbage/" + UUID.randomUUID();
    byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
    ArticleExtracted good = Articles.minimal(key + "/good", Instant.parse("2024-05-03T00:00:00Z"));

    Publish.raw(bootstrap, key, garbage);
    Publish.article(bootstrap, good);

    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
    assertThat(dead.value()).isEqualTo(garbage);
    assertThat(header(dead, "dead-letter-reason")).contains("not a valid ArticleExtracted");
    assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topics.ARTICLES_EXTRACTED);
    await()
        .atMost(WAIT)
        .untilAsserted(() -> given().get("/articles/{id}", good.id()).then().statusCode(200));
  }

  @Test
  void anEventWhoseIdDoesNotMatchItsUrlIsDeadLettered() {
    String url = "https://news.example.org/bad-id/" + UUID.randomUUID();
    ArticleExtracted bad = Articles.minimal(url, Instant.parse("2024-05-03T00:00:00Z"));
    String json =
        new String(EventCodec.toJson(bad), StandardCharsets.UTF_8)
            .replace(bad.id(), "00000000000000000000000000000000");

    Publish.raw(bootstrap, url, json.getBytes(StandardCharsets.UTF_8));

    ConsumerRecord<String, byte[]> dead = awaitDeadLetter(url);
    assertThat(header(dead, "dead-letter-reason"))
        .startsWith("id 00000000000000000000000000000000 does not match canonical_url " + url);
    given().get("/articles/{id}", bad.id()).then().statusCode(404);
  }

  @Test
  void aRecordOfAnotherEventTypeIsDeadLettered() {
    String url = "https://news.example.org/wrong-type/" + UUID.randomUUID();
    ArticleExtracted article = Articles.minimal(url, Instant.parse("2024-05-03T00:00:00Z"));
    TestKafka.send(
        bootstrap,
        Topics.ARTICLES_EXTRACTED,
        url,
        EventCodec.toJson(article),
        CloudEventHeaders.create(EventType.PAGE_FETCHED, "/broadsheet/fetcher", url)
            .toKafkaHeaders());

    assertThat(header(awaitDeadLetter(url), "dead-letter-reason"))
        .isEqualTo(
            "unexpected ce_type io.broadsheet.page.fetched.v1,"
                + " expected io.broadsheet.article.extracted.v1");
    given().get("/articles/{id}", article.id()).then().statusCode(404);
  }

  @Test
  void anEventTheDatabaseRefusesIsDeadLetteredAloneAndTheOthersAreIndexed() {
    String prefix = "https://news.example.org/refused/" + UUID.randomUUID();
    ArticleExtracted before =
        Articles.minimal(prefix + "/before", Instant.parse("2024-05-03T00:00:00Z"));
    // PostgreSQL text cannot hold NUL: the database refuses this event's data, not the batch's.
    ArticleExtracted refused =
        Articles.retitled(
            Articles.minimal(prefix + "/nul", Instant.parse("2024-05-03T00:00:00Z")),
            "Title with \u0000 inside",
            Instant.parse("2024-05-03T00:00:00Z"));
    ArticleExtracted after =
        Articles.minimal(prefix + "/after", Instant.parse("2024-05-03T00:00:00Z"));

    Publish.article(bootstrap, before);
    Publish.article(bootstrap, refused);
    Publish.article(bootstrap, after);

    assertThat(header(awaitDeadLetter(refused.canonicalUrl()), "dead-letter-reason"))
        .contains("0x00");
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              given().get("/articles/{id}", before.id()).then().statusCode(200);
              given().get("/articles/{id}", after.id()).then().statusCode(200);
            });
    given().get("/articles/{id}", refused.id()).then().statusCode(404);
  }

  @Test
  void aGarbageRecordLargerThanTheDefaultRequestSizeIsDeadLetteredWhole() {
    String key = "https://news.example.org/large-garbage/" + UUID.randomUUID();
    byte[] garbage = new byte[3 * 1024 * 1024];
    new Random(42).nextBytes(garbage);

    Publish.raw(bootstrap, key, garbage);

    assertThat(awaitDeadLetter(key).value()).isEqualTo(garbage);
  }

  private ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
    return await().atMost(WAIT).until(() -> find(key), Optional::isPresent).orElseThrow();
  }

  private Optional<ConsumerRecord<String, byte[]>> find(String key) {
    List<ConsumerRecord<String, byte[]>> records =
        TestKafka.poll(
            bootstrap, Topics.ARTICLES_EXTRACTED_DLQ, Integer.MAX_VALUE, Duration.ofSeconds(2));
    return records.stream().filter(r -> key.equals(r.key())).findFirst();
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
