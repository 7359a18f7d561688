package io.broadsheet.extractor.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import org.jsoup.nodes.Document;

/**
 * Whether the article is paywalled: JSON-LD {@code isAccessibleForFree} on the article or on one of
 * its {@code hasPart} sections ("False", false, "no"), as Google's paywalled-content markup
 * prescribes. Left null when the page says nothing.
 */
public final class PaywallExtractor implements FieldExtractor {

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    JsonNode article = PageSources.of(doc).jsonLd().article();
    Boolean free = free(article);
    JsonNode parts = article == null ? null : article.get("hasPart");
    if (parts != null) {
      for (JsonNode part : parts.isArray() ? parts : java.util.List.of(parts)) {
        if (Boolean.FALSE.equals(free(part))) {
          free = false;
        }
      }
    }
    if (free != null) {
      draft.paywalled(!free);
    }
  }

  private static Boolean free(JsonNode node) {
    String value = JsonLd.text(node, "isAccessibleForFree");
    if (value == null) {
      return null;
    }
    String v = value.trim().toLowerCase(java.util.Locale.ROOT);
    if (v.equals("false") || v.equals("no") || v.equals("0")) {
      return false;
    }
    return v.equals("true") || v.equals("yes") || v.equals("1") ? true : null;
  }
}
