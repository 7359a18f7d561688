package io.broadsheet.extractor.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline, chosen by agreement between its sources: JSON-LD {@code headline}, {@code
 * og:title}, {@code twitter:title}, the article's {@code <h1>} and {@code <title>}. Each candidate
 * first loses a site-name prefix or suffix ("Rates rise | The Daily") when that part really is the
 * site's name ({@link SiteNames}); then the candidate most sources agree on (compared on letters
 * and digits only) wins, ties going to the more reliable source in the order above.
 */
public final class TitleExtractor implements FieldExtractor {

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    SiteNames siteNames = SiteNames.of(sources, ctx.finalUrl());
    List<String> candidates = new ArrayList<>();
    JsonNode article = sources.jsonLd().article();
    candidates.add(JsonLd.text(article, "headline"));
    candidates.add(sources.meta().first("og:title"));
    candidates.add(sources.meta().first("twitter:title"));
    candidates.add(headingText(doc));
    candidates.add(Clean.text(doc.title()));
    String title = choose(candidates, siteNames);
    if (title != null) {
      draft.title(title);
    }
  }

  /** The {@code <h1>} of the article, else the page's only {@code <h1>}. */
  private static String headingText(Document doc) {
    Element h1 = doc.selectFirst("article h1, main h1, [itemprop=headline]");
    if (h1 == null) {
      List<Element> all = doc.select("h1");
      h1 = all.size() == 1 ? all.get(0) : null;
    }
    return h1 == null ? null : Clean.text(h1.text());
  }

  /** The best-supported candidate after site names are stripped; null when all are null. */
  static String choose(List<String> candidates, SiteNames siteNames) {
    List<String> stripped = new ArrayList<>();
    for (String candidate : candidates) {
      String clean = candidate == null ? null : siteNames.strip(candidate);
      stripped.add(clean == null || Clean.key(clean).isEmpty() ? null : clean);
    }
    String best = null;
    int bestVotes = 0;
    for (String candidate : stripped) {
      if (candidate == null) {
        continue;
      }
      String key = Clean.key(candidate);
      int votes = 0;
      for (String other : stripped) {
        if (other != null && Clean.key(other).equals(key)) {
          votes++;
        }
      }
      if (votes > bestVotes) {
        best = candidate;
        bestVotes = votes;
      }
    }
    return best;
  }
}
