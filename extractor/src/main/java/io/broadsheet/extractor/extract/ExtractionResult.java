package io.broadsheet.extractor.extract;

import io.broadsheet.events.ArticleExtracted;
import java.util.Objects;

/**
 * What {@link PageExtractor} made of one page: either an article, or a rejection with a stable
 * reason code from {@link io.broadsheet.events.Reasons} and a human-readable detail.
 */
public sealed interface ExtractionResult {

  /** The page held an article. */
  record Extracted(ArticleExtracted article) implements ExtractionResult {
    public Extracted {
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * The page did not become an article.
   *
   * @param reason a code from {@link io.broadsheet.events.Reasons}
   * @param detail why, for people reading the rejected topic
   */
  record Rejected(String reason, String detail) implements ExtractionResult {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
