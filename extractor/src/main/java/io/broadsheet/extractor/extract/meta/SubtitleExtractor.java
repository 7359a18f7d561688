package io.broadsheet.extractor.extract.meta;

import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import io.broadsheet.extractor.extract.PageIndex;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The standfirst: JSON-LD {@code description}, else {@code og:description}, {@code
 * twitter:description} or {@code description}. A description that only repeats the headline or
 * names the authors, or that is the opening of the article's first paragraphs (many sites fill it
 * with the lede's first sentence, or with the body's first paragraphs run together and cut short),
 * is not a standfirst and is skipped. Runs after the title, authors and body extractors: it reads
 * them.
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
      // a description that repeats the headline, or only names the byline's authors (a CMS
      // filling it with the first line of the text), says nothing of the story: the next may
      if (candidate == null
          || Clean.key(candidate).equals(Clean.key(draft.title()))
          || AuthorNames.namesOnly(candidate, draft.authors())) {
        continue;
      }
      if (isLede(Clean.key(candidate), leads)
          || runsAcrossBodyParagraphs(Clean.key(candidate), draft)) {
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

  /**
   * Whether the description runs on past the body's first paragraph into the next ones (maybe cut
   * short there): the paragraphs pasted together, which no editor writes as a standfirst. A
   * description that is only the body's first block may well be the standfirst the body opens with,
   * and one set as paragraphs above the body is not in it: both stay the subtitle.
   */
  static boolean runsAcrossBodyParagraphs(String key, ArticleDraft draft) {
    List<BodyBlock> blocks = draft.body();
    if (key.length() < MIN_KEY_CHARS || blocks.size() < 2) {
      return false;
    }
    String first = Clean.key(blocks.get(0).text());
    if (key.length() <= first.length() || !key.startsWith(first)) {
      return false;
    }
    StringBuilder opening = new StringBuilder(first);
    for (int i = 1; i < blocks.size() && opening.length() < key.length(); i++) {
      opening.append(Clean.key(blocks.get(i).text()));
    }
    return opening.toString().startsWith(key);
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
