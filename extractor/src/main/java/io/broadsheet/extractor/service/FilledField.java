package io.broadsheet.extractor.service;

import io.broadsheet.events.ArticleExtracted;
import java.util.List;

/**
 * The article fields whose fill rate {@link FieldFillMetrics} counts, each with what "filled"
 * means. The {@code field} label is the field's name in the {@code ArticleExtracted} JSON.
 */
public enum FilledField {
  TITLE("title") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return present(a.title());
    }
  },
  SUBTITLE("subtitle") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return present(a.subtitle());
    }
  },
  AUTHORS("authors") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return present(a.authors());
    }
  },
  CREDIT("credit") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return present(a.credit());
    }
  },
  PUBLISHED("published") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return a.published() != null;
    }
  },
  UPDATED("updated") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return a.updated() != null;
    }
  },
  SECTION("section") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return present(a.section());
    }
  },
  TOPICS("topics") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return present(a.topics());
    }
  },
  LANGUAGE("language") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return present(a.language());
    }
  },
  SITE_NAME("site_name") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return present(a.siteName());
    }
  },
  LEAD_IMAGE("lead_image") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return a.leadImage() != null && present(a.leadImage().url());
    }
  },
  LEAD_IMAGE_CAPTION("lead_image_caption") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return a.leadImage() != null && present(a.leadImage().caption());
    }
  },
  /** Filled when the body reaches the not-article minimum of words. */
  BODY("body") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return a.wordCount() >= minWords;
    }
  },
  /** Filled when the page says either way; null means it did not. */
  PAYWALLED("paywalled") {
    @Override
    boolean isFilled(ArticleExtracted a, int minWords) {
      return a.paywalled() != null;
    }
  };

  private final String label;

  FilledField(String label) {
    this.label = label;
  }

  /** The {@code field} tag value. */
  public String label() {
    return label;
  }

  abstract boolean isFilled(ArticleExtracted article, int minWords);

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static boolean present(List<String> values) {
    return !values.isEmpty();
  }
}
