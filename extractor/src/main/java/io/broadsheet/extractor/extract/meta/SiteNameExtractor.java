package io.broadsheet.extractor.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * The site's name: {@code og:site_name}, else the JSON-LD article's publisher, else a JSON-LD
 * WebSite or NewsMediaOrganization name, else {@code application-name}.
 */
public final class SiteNameExtractor implements FieldExtractor {

  private static final Set<String> SITE_TYPES = Set.of("website", "newsmediaorganization");

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    String name = sources.meta().first("og:site_name");
    if (name == null) {
      JsonNode article = sources.jsonLd().article();
      JsonNode publisher =
          article == null ? null : sources.jsonLd().resolve(article.get("publisher"));
      name = publisher == null ? null : JsonLd.text(publisher, "name");
    }
    if (name == null) {
      name = JsonLd.text(sources.jsonLd().firstOfType(SITE_TYPES), "name");
    }
    if (name == null) {
      name = sources.meta().first("application-name");
    }
    if (name != null) {
      draft.siteName(name);
    }
  }
}
