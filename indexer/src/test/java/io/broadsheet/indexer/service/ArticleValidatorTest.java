package io.broadsheet.indexer.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.fixtures.Articles;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {

  private static final String URL = "https://news.example.org/2024/05/bridge";

  @Test
  void acceptsAFullArticle() {
    assertThatCode(() -> ArticleValidator.check(Articles.full(URL))).doesNotThrowAnyException();
  }

  @Test
  void acceptsAMinimalArticle() {
    assertThatCode(() -> ArticleValidator.check(Articles.minimal(URL, Instant.EPOCH)))
        .doesNotThrowAnyException();
  }

  @Test
  void rejectsAnIdNotDerivedFromTheCanonicalUrl() {
    ArticleExtracted good = Articles.minimal(URL, Instant.EPOCH);
    ArticleExtracted bad = withId(good, "0123456789abcdef0123456789abcdef");

    assertThatThrownBy(() -> ArticleValidator.check(bad))
        .isInstanceOf(InvalidArticleException.class)
        .hasMessage(
            "id 0123456789abcdef0123456789abcdef does not match canonical_url "
                + URL
                + " (expected "
                + good.id()
                + ")");
  }

  @Test
  void rejectsAMissingExtractionTime() {
    assertThatThrownBy(() -> ArticleValidator.check(Articles.minimal(URL, null)))
        .isInstanceOf(InvalidArticleException.class)
        .hasMessage("extracted_at is missing; it orders extractions");
  }

  private static ArticleExtracted withId(ArticleExtracted a, String id) {
    return new ArticleExtracted(
        id,
        a.canonicalUrl(),
        a.url(),
        a.site(),
        a.title(),
        a.subtitle(),
        a.authors(),
        a.credit(),
        a.published(),
        a.updated(),
        a.section(),
        a.topics(),
        a.language(),
        a.siteName(),
        a.leadImage(),
        a.body(),
        a.bodyText(),
        a.wordCount(),
        a.paywalled(),
        a.contentHash(),
        a.extractorVersion(),
        a.fetchedAt(),
        a.extractedAt());
  }
}
