package io.broadsheet.extractor.messaging;

import io.broadsheet.events.EventType;
import io.broadsheet.events.Topics;
import io.broadsheet.extractor.extract.Pages;
import io.broadsheet.testsupport.EventSchemas;
import io.broadsheet.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What the extractor actually puts on its topics is valid against the published JSON Schemas. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ArticleExtractedContractTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void anEmittedArticleMatchesTheArticleExtractedSchema() {
    KafkaFixtures kafka = new KafkaFixtures(bootstrap);
    // The fixture's canonical link is relative, so a fresh host makes the key unique to this run.
    String canonical =
        "https://" + UUID.randomUUID() + ".lanterngazette.example/2024/03/harbour-ferry-returns";
    long before = kafka.written(Topics.ARTICLES_EXTRACTED);

    kafka.sendPage(Pages.html(canonical, Pages.fixture("news-article.html")));

    EventSchemas.assertValid(
        EventType.ARTICLE_EXTRACTED,
        kafka.awaitRecord(Topics.ARTICLES_EXTRACTED, before, canonical).value());
  }

  @Test
  void anEmittedRejectionMatchesThePageRejectedSchema() {
    KafkaFixtures kafka = new KafkaFixtures(bootstrap);
    String url = "https://" + UUID.randomUUID() + ".example/front";
    long before = kafka.written(Topics.PAGES_REJECTED);

    kafka.sendPage(Pages.html(url, Pages.fixture("section-front.html")));

    EventSchemas.assertValid(
        EventType.PAGE_REJECTED, kafka.awaitRecord(Topics.PAGES_REJECTED, before, url).value());
  }
}
