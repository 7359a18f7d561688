package io.broadsheet.extractor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublishedExtractorTest {

  private static final String URL = "https://a.example/";

  private static OffsetDateTime publishedOf(String html) {
    ArticleDraft draft = new ArticleDraft();
    new PublishedExtractor().extract(Pages.parse(html, URL), Pages.context(URL, null), draft);
    return draft.published();
  }

  @Test
  void takesArticlePublishedTimeKeepingItsOffset() {
    assertThat(
            publishedOf(
                "<meta property=article:published_time content='2024-01-02T03:04:05+05:30'>"
                    + "<time datetime='2020-01-01T00:00:00Z'></time>"))
        .isEqualTo(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHoursMinutes(5, 30)));
  }

  @Test
  void prefersTheTimeInsideTheArticle() {
    assertThat(
            publishedOf(
                "<time datetime='2020-01-01T00:00:00Z'></time>"
                    + "<article><time datetime='2024-02-29T12:00:00Z'></time></article>"))
        .isEqualTo(OffsetDateTime.of(2024, 2, 29, 12, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void acceptsAnOffsetWithoutColon() {
    assertThat(PublishedExtractor.parse("2024-06-12T18:05:00-0400"))
        .isEqualTo(OffsetDateTime.of(2024, 6, 12, 18, 5, 0, 0, ZoneOffset.ofHours(-4)));
  }

  @Test
  void skipsADateWithoutTimeOrOffset() {
    assertThat(publishedOf("<time datetime='2024-06-12'>12 June</time>")).isNull();
  }

  @Test
  void skipsAPageWithoutAnyTime() {
    assertThat(publishedOf("<p>Undated</p>")).isNull();
  }
}
