package io.broadsheet.extractor.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * The section: JSON-LD {@code articleSection}, else {@code article:section}, else {@code
 * parsely-section}, else the last-but-one item of a JSON-LD BreadcrumbList (the last is usually the
 * article itself).
 */
public final class SectionExtractor implements FieldExtractor {

  private static final Set<String> BREADCRUMB = Set.of("breadcrumblist");

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    String section = JsonLd.text(sources.jsonLd().article(), "articleSection");
    if (section == null) {
      section = sources.meta().first("article:section", "parsely-section", "section");
    }
    if (section == null) {
      section = fromBreadcrumb(sources.jsonLd().firstOfType(BREADCRUMB));
    }
    if (section != null) {
      draft.section(section);
    }
  }

  private static String fromBreadcrumb(JsonNode list) {
    JsonNode items = list == null ? null : list.get("itemListElement");
    if (items == null || !items.isArray() || items.size() < 2) {
      return null;
    }
    JsonNode item = items.get(items.size() - 2);
    String name = JsonLd.text(item, "name");
    if (name == null) {
      List<String> names = JsonLd.texts(item, "item");
      name = names.isEmpty() ? null : names.get(0);
    }
    return name;
  }
}
