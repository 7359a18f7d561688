package io.broadsheet.extractor.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.EventType;
import io.broadsheet.events.PageRejected;
import io.broadsheet.events.Reasons;
import io.broadsheet.extractor.extract.PageExtractor;
import io.broadsheet.extractor.extract.Pages;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class ExtractionServiceTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ExtractionService service =
      new ExtractionService(
          new PageExtractor("1.2.3"), registry, new FieldFillMetrics(registry, true, 10, 40));

  @Test
  void anArticleIsPublishedKeyedByItsCanonicalUrlAndCounted() {
    Publication publication =
        service.process(
            Pages.html("https://news.example/a?utm=x", Pages.fixture("news-article.html")));

    assertThat(publication.type()).isEqualTo(EventType.ARTICLE_EXTRACTED);
    assertThat(publication.key()).isEqualTo("https://news.example/2024/03/harbour-ferry-returns");
    assertThat(((ArticleExtracted) publication.event()).extractorVersion()).isEqualTo("1.2.3");
    assertThat(registry.get("broadsheet.articles.extracted").counter().count()).isEqualTo(1.0);
    assertThat(registry.get("broadsheet.extract.duration").timer().count()).isEqualTo(1);
  }

  @Test
  void aRejectionIsPublishedKeyedByTheFinalUrlAndCountedByReason() {
    Publication publication =
        service.process(Pages.html("https://news.example/empty", new byte[0]));

    assertThat(publication.type()).isEqualTo(EventType.PAGE_REJECTED);
    assertThat(publication.key()).isEqualTo("https://news.example/empty");
    PageRejected rejected = (PageRejected) publication.event();
    assertThat(rejected.url()).isEqualTo("https://news.example/empty");
    assertThat(rejected.stage()).isEqualTo("extractor");
    assertThat(rejected.reason()).isEqualTo(Reasons.EMPTY);
    assertThat(rejected.detail()).isEqualTo("page body is empty");
    assertThat(
            registry
                .get("broadsheet.pages.rejected")
                .tag("stage", "extractor")
                .tag("reason", Reasons.EMPTY)
                .counter()
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void anArticleIsCountedByItsSiteWithTheFieldsItFilled() {
    service.process(Pages.html("https://news.example/a", Pages.fixture("news-article.html")));

    assertThat(
            registry.get(FieldFillMetrics.ARTICLES).tag("site", "news.example").counter().count())
        .isEqualTo(1.0);
    assertThat(
            registry
                .get(FieldFillMetrics.FIELDS)
                .tag("site", "news.example")
                .tag("field", "title")
                .counter()
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void aRejectionIsNotCountedInTheFillRates() {
    service.process(Pages.html("https://news.example/empty", new byte[0]));

    assertThat(registry.find(FieldFillMetrics.ARTICLES).counters()).isEmpty();
  }
}
