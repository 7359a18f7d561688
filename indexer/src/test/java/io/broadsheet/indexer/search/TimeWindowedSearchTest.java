package io.broadsheet.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.CloudEventHeaders;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.events.Topics;
import io.broadsheet.indexer.fixtures.ArticleBuilder;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A text search sorted by time, run window by window, returns exactly what one unbounded query
 * returns: same articles, same order, same ranks, same page breaks, over every page. The articles
 * are generated for this test on a site of its own: published over ten days with bursts, ties on
 * the same instant and some without a date; words from everywhere to nowhere.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeWindowedSearchTest {

  private static final String SITE =
      "w" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
  private static final int ARTICLES = 160;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Inject AgroalDataSource dataSource;

  private ArticleSearch plain;
  private ArticleSearch windowed;

  @BeforeAll
  void indexGeneratedArticles() {
    plain = new ArticleSearch(dataSource, List.of());
    // Narrow windows, so that pages of this small data set straddle window boundaries.
    windowed =
        new ArticleSearch(
            dataSource, List.of(Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(2)));
    publish(generate());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> allPages(plain, request("kettle", null, 100)).size() == ARTICLES);
  }

  @Test
  void everyPageOfAWindowedSearchEqualsThePlainQuery() {
    for (String q : List.of("kettle", "harbour", "lantern", "quince", "nowhereword")) {
      for (int limit : List.of(1, 7, 20, 100)) {
        SearchRequest request = request(q, null, limit);
        assertThat(pages(windowed, request))
            .as(q + " limit " + limit)
            .isEqualTo(pages(plain, request));
      }
    }
  }

  @Test
  void windowedSearchesWithSyntaxAndADateBoundEqualThePlainQuery() {
    Instant to = Instant.parse("2024-03-06T12:00:00Z");
    for (String q : List.of("kettle -harbour", "harbour or lantern", "\"copper kettle\"")) {
      for (Instant bound : new Instant[] {null, to}) {
        SearchRequest request = request(q, bound, 6);
        assertThat(pages(windowed, request))
            .as(q + " to " + bound)
            .isEqualTo(pages(plain, request));
      }
    }
  }

  @Test
  void theWindowedSearchFindsEveryMatchExactlyOnce() {
    List<Hit> all = allPages(windowed, request("kettle", null, 9));

    assertThat(all).hasSize(ARTICLES);
    assertThat(all.stream().map(Hit::id).distinct()).hasSize(ARTICLES);
  }

  /** One hit as compared: id and rank (the snippet follows from both). */
  private record Hit(String id, Float rank) {}

  /** One page as compared: its hits, and whether it offered a next page. */
  private record Page(List<Hit> hits, boolean more) {}

  /** Every page of a search, following the cursors. */
  private static List<Page> pages(ArticleSearch search, SearchRequest first) {
    List<Page> pages = new ArrayList<>();
    SearchRequest request = first;
    while (true) {
      ArticleSearch.Page page = search.search(request);
      List<Hit> hits = page.hits().stream().map(h -> new Hit(h.id(), h.rank())).toList();
      pages.add(new Page(hits, page.next() != null));
      if (page.next() == null) {
        return pages;
      }
      request = after(request, page.next());
    }
  }

  private static List<Hit> allPages(ArticleSearch search, SearchRequest first) {
    return pages(search, first).stream().flatMap(p -> p.hits().stream()).toList();
  }

  private static SearchRequest request(String q, Instant to, int limit) {
    return new SearchRequest(
        q, SITE, null, null, null, null, null, to, null, SearchRequest.Sort.TIME, limit, null);
  }

  private static SearchRequest after(SearchRequest r, SearchCursor cursor) {
    return new SearchRequest(
        r.q(),
        r.site(),
        r.section(),
        r.topic(),
        r.author(),
        r.language(),
        r.from(),
        r.to(),
        r.story(),
        r.sort(),
        r.limit(),
        cursor);
  }

  /**
   * Every article says "kettle"; "harbour" is in about half, "lantern" in one in eight, "quince" in
   * three. Times: bursts of articles within minutes of each other, gaps of hours to days, groups
   * published at the very same instant, and one in ten without a date (sorted by indexing time).
   */
  private static List<ArticleExtracted> generate() {
    Random random = new Random(5);
    List<ArticleExtracted> articles = new ArrayList<>();
    OffsetDateTime at = OffsetDateTime.of(2024, 3, 10, 18, 0, 0, 0, ZoneOffset.ofHours(2));
    for (int n = 0; n < ARTICLES; n++) {
      int gap = random.nextInt(10); // 0-2: the same instant as the article before
      if (gap >= 3 && gap < 7) {
        at = at.minusMinutes(1 + random.nextInt(50));
      } else if (gap == 7 || gap == 8) {
        at = at.minusHours(1 + random.nextInt(8));
      } else if (gap == 9) {
        at = at.minusDays(1);
      }
      StringBuilder body = new StringBuilder("The copper kettle sang on the stove");
      if (random.nextBoolean()) {
        body.append(" while boats came into the harbour");
      }
      if (random.nextInt(8) == 0) {
        body.append(" and someone lit a lantern");
      }
      if (n == 17 || n == 80 || n == 151) {
        body.append(" beside a bowl of quince");
      }
      body.append(". Item ").append(n).append(" of the windowed search test.");
      ArticleBuilder builder =
          ArticleBuilder.at("https://" + SITE + "/item-" + n)
              .title("Kitchen notes " + n)
              .body(body.toString());
      if (n % 10 != 3) {
        builder.published(at.toString());
      }
      articles.add(builder.build());
    }
    return articles;
  }

  private void publish(List<ArticleExtracted> articles) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      for (ArticleExtracted a : articles) {
        ProducerRecord<String, byte[]> record =
            new ProducerRecord<>(Topics.ARTICLES_EXTRACTED, a.canonicalUrl(), EventCodec.toJson(a));
        CloudEventHeaders.create(EventType.ARTICLE_EXTRACTED, "/broadsheet/test", a.canonicalUrl())
            .toKafkaHeaders()
            .forEach((k, v) -> record.headers().add(new RecordHeader(k, v)));
        producer.send(record);
      }
      producer.flush();
    }
  }
}
