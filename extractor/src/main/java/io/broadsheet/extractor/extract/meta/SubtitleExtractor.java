package io.broadsheet.extractor.extract.meta;

import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import io.broadsheet.extractor.extract.PageIndex;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The standfirst: JSON-LD {@code description}, else {@code og:description}, {@code
 * twitter:description} or {@code description}. A description that only repeats the headline, or
 * that is the opening of the article's first paragraphs (many sites fill it with the lede's first
 * sentence), is not a standfirst and is skipped. Runs after the title extractor.
 */
public final class SubtitleExtractor implements FieldExtractor {

  private static final int LEAD_PARAGRAPHS = 3;
  private static final int MIN_KEY_CHARS = 20;

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    String[] candidates = {
      JsonLd.text(sources.jsonLd().article(), "description"),
      sources.meta().first("og:description", "twitter:description", "description")
    };
    List<String> leads = leadParagraphKeys(doc);
    for (String candidate : candidates) {
      if (candidate == null || Clean.key(candidate).equals(Clean.key(draft.title()))) {
        continue;
      }
      if (isLede(Clean.key(candidate), leads)) {
        return;
      }
      draft.subtitle(candidate);
      return;
    }
  }

  private static List<String> leadParagraphKeys(Document doc) {
    PageIndex index = PageIndex.of(doc);
    Element scope = index.first("article");
    return index.byTagWithin("p", scope == null ? doc.body() : scope).stream()
        .limit(LEAD_PARAGRAPHS)
        .map(p -> Clean.key(p.text()))
        .toList();
  }

  /** Whether the description is the start of one of the first paragraphs (maybe cut short). */
  static boolean isLede(String key, List<String> leadKeys) {
    if (key.length() < MIN_KEY_CHARS) {
      return false;
    }
    return leadKeys.stream()
        .anyMatch(lead -> lead.length() >= MIN_KEY_CHARS && lead.startsWith(key));
  }
}
