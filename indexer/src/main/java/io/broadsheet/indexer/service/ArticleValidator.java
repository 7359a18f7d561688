package io.broadsheet.indexer.service;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.ArticleIds;

/**
 * Contract checks the record constructor cannot make: what the indexer relies on to upsert safely.
 */
public final class ArticleValidator {

  private ArticleValidator() {}

  /**
   * Checks an event before it is stored.
   *
   * @throws InvalidArticleException naming the first broken rule
   */
  public static void check(ArticleExtracted event) {
    if (event.canonicalUrl().isBlank()) {
      throw new InvalidArticleException("canonical_url is blank");
    }
    String expectedId = ArticleIds.forCanonicalUrl(event.canonicalUrl());
    if (!expectedId.equals(event.id())) {
      throw new InvalidArticleException(
          "id "
              + event.id()
              + " does not match canonical_url "
              + event.canonicalUrl()
              + " (expected "
              + expectedId
              + ")");
    }
    if (event.extractedAt() == null) {
      throw new InvalidArticleException("extracted_at is missing; it orders extractions");
    }
    if (event.wordCount() < 0) {
      throw new InvalidArticleException("word_count is negative: " + event.wordCount());
    }
  }
}
