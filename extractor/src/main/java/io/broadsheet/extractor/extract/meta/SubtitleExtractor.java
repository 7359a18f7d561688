package io.broadsheet.extractor.extract.meta;

import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import org.jsoup.nodes.Document;

/**
 * The standfirst: JSON-LD {@code description}, else {@code og:description}, else {@code
 * description}. A description that is just the headline again is not a standfirst and is skipped.
 * (Runs after the title extractor.)
 */
public final class SubtitleExtractor implements FieldExtractor {

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    String[] candidates = {
      JsonLd.text(sources.jsonLd().article(), "description"),
      sources.meta().first("og:description", "twitter:description", "description")
    };
    for (String candidate : candidates) {
      if (candidate != null && !Clean.key(candidate).equals(Clean.key(draft.title()))) {
        draft.subtitle(candidate);
        return;
      }
    }
  }
}
