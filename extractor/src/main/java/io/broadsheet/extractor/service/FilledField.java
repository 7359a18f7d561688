package io.broadsheet.extractor.service;

import io.broadsheet.events.ArticleExtracted;
import java.util.List;

/**
 * The article fields whose fill rate {@link FieldFillMetrics} counts, each with what "filled"
 * means. The {@code field} label is the field's name in the {@code ArticleExtracted} JSON.
 */
public enum FilledField {
  TITLE("title", (a, minWords) -> present(a.title())),
  SUBTITLE("subtitle", (a, minWords) -> present(a.subtitle())),
  AUTHORS("authors", (a, minWords) -> present(a.authors())),
  CREDIT("credit", (a, minWords) -> present(a.credit())),
  PUBLISHED("published", (a, minWords) -> a.published() != null),
  UPDATED("updated", (a, minWords) -> a.updated() != null),
  SECTION("section", (a, minWords) -> present(a.section())),
  TOPICS("topics", (a, minWords) -> present(a.topics())),
  LANGUAGE("language", (a, minWords) -> present(a.language())),
  SITE_NAME("site_name", (a, minWords) -> present(a.siteName())),
  LEAD_IMAGE("lead_image", (a, minWords) -> a.leadImage() != null && present(a.leadImage().url())),
  LEAD_IMAGE_CAPTION(
      "lead_image_caption",
      (a, minWords) -> a.leadImage() != null && present(a.leadImage().caption())),
  /** Filled when the body reaches the not-article minimum of words. */
  BODY("body", (a, minWords) -> a.wordCount() >= minWords),
  /** Filled when the page says either way; null means it did not. */
  PAYWALLED("paywalled", (a, minWords) -> a.paywalled() != null);

  /** What "filled" means for one field. */
  @FunctionalInterface
  private interface Filled {
    boolean test(ArticleExtracted article, int minWords);
  }

  private final String label;
  private final Filled filled;

  FilledField(String label, Filled filled) {
    this.label = label;
    this.filled = filled;
  }

  /** The {@code field} tag value. */
  public String label() {
    return label;
  }

  boolean isFilled(ArticleExtracted article, int minWords) {
    return filled.test(article, minWords);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static boolean present(List<String> values) {
    return !values.isEmpty();
  }
}
