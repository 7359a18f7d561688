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
 * and digits only) wins, ties going to the more reliable source in the order above. twitter:title
 * and {@code <title>} count half, being mostly copies of og:title. When the winner and og:title
 * differ only by a kicker in front ({@link Kickers}), og:title decides whether it is kept.
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
    candidates.add(headingText(doc, candidates.get(0), candidates.get(1)));
    candidates.add(Clean.text(doc.title()));
    String title = choose(candidates, siteNames);
    if (title != null) {
      draft.title(title);
    }
  }

  /**
   * The {@code <h1>} of the article, else the page's only {@code <h1>}, else (a page with a logo or
   * teaser headings in {@code <h1>}s too) the {@code <h1>} that reads as the declared headline or
   * og:title.
   */
  private static String headingText(Document doc, String headline, String ogTitle) {
    Element h1 = null;
    for (Element candidate : doc.select("article h1, main h1, [itemprop=headline]")) {
      if (!Clean.key(candidate.text()).isEmpty()) {
        h1 = candidate;
        break;
      }
    }
    if (h1 == null) {
      List<Element> all = doc.select("h1");
      h1 = all.size() == 1 ? all.get(0) : matching(all, headline, ogTitle);
    }
    return h1 == null ? null : Clean.text(h1.text());
  }

  /** The first heading whose text equals one of the declared titles (letters and digits). */
  private static Element matching(List<Element> headings, String headline, String ogTitle) {
    String headlineKey = Clean.key(headline);
    String ogKey = Clean.key(ogTitle);
    for (Element heading : headings.subList(0, Math.min(headings.size(), MAX_HEADINGS))) {
      String key = Clean.key(heading.text());
      if (!key.isEmpty() && (key.equals(headlineKey) || key.equals(ogKey))) {
        return heading;
      }
    }
    return null;
  }

  /** Headings looked at on a page without an article heading; bounds the work on index pages. */
  private static final int MAX_HEADINGS = 20;

  /**
   * How much each source's vote counts, in the order of the candidates: twitter:title and {@code
   * <title>} are usually copies of og:title (one editorial choice, not independent evidence).
   */
  /** Index of og:title among the candidates. */
  private static final int SHARED_TITLE = 1;

  private static final double[] WEIGHTS = {1.0, 1.0, 0.5, 1.0, 0.5};

  /**
   * The best-supported candidate after site names are stripped; null when all are null. A candidate
   * is supported by every candidate equal to it on letters and digits; a kicker before the headline
   * ("Harbour storm: Ferries wait") is kept, as publishers' own titles keep it.
   */
  static String choose(List<String> candidates, SiteNames siteNames) {
    List<String> stripped = new ArrayList<>();
    for (String candidate : candidates) {
      String clean = candidate == null ? null : siteNames.strip(candidate);
      stripped.add(clean == null || Clean.key(clean).isEmpty() ? null : clean);
    }
    String best = null;
    double bestVotes = 0;
    for (String candidate : stripped) {
      if (candidate == null) {
        continue;
      }
      double votes = 0;
      for (int i = 0; i < stripped.size(); i++) {
        String other = stripped.get(i);
        if (other != null && sameKey(other, candidate)) {
          votes += i < WEIGHTS.length ? WEIGHTS[i] : 0.5;
        }
      }
      if (votes > bestVotes) {
        best = candidate;
        bestVotes = votes;
      }
    }
    String shared = stripped.size() > SHARED_TITLE ? stripped.get(SHARED_TITLE) : null;
    if (best != null
        && shared != null
        && (Kickers.isKickerOf(best, shared) || Kickers.isKickerOf(shared, best))) {
      // one source adds a kicker ("Harbour storm: ") the other leaves out: labels follow the
      // share title, the headline the editor chose for display outside the site
      return shared;
    }
    return best;
  }

  private static boolean sameKey(String a, String b) {
    return Clean.key(a).equals(Clean.key(b));
  }
}
