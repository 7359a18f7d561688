package io.broadsheet.extractor.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * The headline, chosen by agreement between its sources: JSON-LD {@code headline}, {@code
 * og:title}, {@code twitter:title}, the article's heading ({@link ArticleHeading}) and {@code
 * <title>}. Each candidate first loses a site-name prefix or suffix ("Rates rise | The Daily") when
 * that part really is the site's name ({@link SiteNames}); then the candidate most sources agree on
 * (compared on letters and digits only) wins, ties going to a declared title (JSON-LD or og:title)
 * the reader also sees as the heading, else to the more reliable source in the order above.
 * twitter:title and {@code <title>} count half, being mostly copies of og:title. When the winner
 * and og:title differ only by a kicker in front ({@link Kickers}), og:title decides whether it is
 * kept.
 */
public final class TitleExtractor implements FieldExtractor {

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    SiteNames siteNames = sources.siteNames(ctx.finalUrl());
    JsonNode article = sources.jsonLd().article();
    String headline = JsonLd.text(article, "headline");
    String ogTitle = sources.meta().first("og:title");
    ArticleHeading heading = ArticleHeading.find(doc, headline, ogTitle);
    List<String> candidates = new ArrayList<>();
    candidates.add(headline);
    candidates.add(ogTitle);
    candidates.add(sources.meta().first("twitter:title"));
    candidates.add(heading == null ? null : heading.headline());
    candidates.add(Clean.text(doc.title()));
    String title = choose(candidates, siteNames, heading == null ? null : heading.kicker());
    if (title != null) {
      draft.title(title);
    }
  }

  /** Index of og:title among the candidates. */
  private static final int SHARED_TITLE = 1;

  /** Index of the article's heading among the candidates. */
  private static final int HEADING = 3;

  /**
   * How much each source's vote counts, in the order of the candidates: twitter:title and {@code
   * <title>} are usually copies of og:title (one editorial choice, not independent evidence).
   */
  private static final double[] WEIGHTS = {1.0, 1.0, 0.5, 1.0, 0.5};

  /** {@link #choose(List, SiteNames, String)} for a heading without a kicker of its own. */
  static String choose(List<String> candidates, SiteNames siteNames) {
    return choose(candidates, siteNames, null);
  }

  /**
   * The best-supported candidate after site names are stripped; null when all are null. A candidate
   * is supported by every candidate equal to it on letters and digits; a kicker before the headline
   * ("Harbour storm: Ferries wait") is kept, as publishers' own titles keep it, unless the heading
   * shows the headline under a kicker ({@code headingKicker}) of its own that differs from it. A
   * heading with a kicker supports its headline with or without that kicker.
   */
  static String choose(List<String> candidates, SiteNames siteNames, String headingKicker) {
    Keys keys = new Keys();
    List<String> stripped = new ArrayList<>();
    for (String candidate : candidates) {
      String clean = candidate == null ? null : siteNames.strip(candidate);
      stripped.add(clean == null || keys.of(clean).isEmpty() ? null : clean);
    }
    String heading = stripped.size() > HEADING ? stripped.get(HEADING) : null;
    for (int i = 0; heading != null && i < stripped.size(); i++) {
      if (i != HEADING && stripped.get(i) != null) {
        stripped.set(i, withoutTrailer(stripped.get(i), heading));
      }
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
        boolean supports =
            i == HEADING
                ? headingSupports(keys, heading, headingKicker, candidate)
                : other != null && keys.same(other, candidate);
        if (supports) {
          votes += i < WEIGHTS.length ? WEIGHTS[i] : 0.5;
        }
      }
      boolean tie = best != null && Math.abs(votes - bestVotes) < 1e-9;
      if (votes > bestVotes + 1e-9
          || (tie
              && headingSupports(keys, heading, headingKicker, candidate)
              && !headingSupports(keys, heading, headingKicker, best)
              && declares(keys, stripped, candidate))) {
        // on a tie, a declared title the reader also sees as the heading wins over the source
        // order; the heading alone against og:title alone does not
        best = candidate;
        bestVotes = votes;
      }
    }
    if (best != null && heading != null && headingKicker != null) {
      String kicker = Kickers.kickerOf(best, heading);
      if (kicker != null && !keys.same(kicker, headingKicker)) {
        // the sources agree on the headline but put different kickers before it: a kicker that
        // changes from one place to the next is a label, not part of the headline
        return heading;
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

  /** The longest trailer after the headline that is read as a site's name or a byline. */
  private static final int MAX_TRAILER = 60;

  /** Letters and digits a heading needs before a trailer after it is cut. */
  private static final int MIN_HEADING_KEY = 10;

  /**
   * Marks that set a site's name or a byline after a headline ("… | Bhopal News", "…：中日新聞Web", "… *
   * The Daily * by Ann Lee"). A plain colon is not among them: after a headline it opens the
   * headline's second half, not a site's name; the full-width colon of Japanese titles is.
   */
  private static final String TRAILER_MARKS = "|｜-–—·•*：/»";

  /** Marks that separate only with a space before them: "Harbour ferry-operators" is one text. */
  private static final String SPACED_MARKS = "-–—·•*/»";

  /**
   * {@code candidate} without what follows the page's heading in it, when it is the heading (on
   * letters and digits, its closing punctuation included) and then a separator and a short trailer:
   * a site's name the host does not spell ("中日新聞Web" at chunichi.co.jp), a byline. Else {@code
   * candidate} unchanged.
   */
  static String withoutTrailer(String candidate, String heading) {
    String key = Clean.key(heading);
    if (key.length() < MIN_HEADING_KEY) {
      return candidate;
    }
    StringBuilder read = new StringBuilder();
    int i = 0;
    while (i < candidate.length() && read.length() < key.length()) {
      int c = candidate.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        read.appendCodePoint(Character.toLowerCase(c));
      }
    }
    if (!read.toString().equals(key)) {
      return candidate;
    }
    // the headline's own closing marks ("?", "…", a quote) stay with it
    int end = i;
    while (end < candidate.length()
        && !Character.isWhitespace(candidate.charAt(end))
        && TRAILER_MARKS.indexOf(candidate.charAt(end)) < 0) {
      end++;
    }
    String rest = candidate.substring(end).strip();
    if (rest.isEmpty()
        || TRAILER_MARKS.indexOf(rest.charAt(0)) < 0
        || (SPACED_MARKS.indexOf(rest.charAt(0)) >= 0
            && !Character.isWhitespace(candidate.charAt(end)))) {
      return candidate;
    }
    String trailer = rest.substring(1).strip();
    return trailer.isEmpty() || trailer.length() > MAX_TRAILER
        ? candidate
        : candidate.substring(0, end).strip();
  }

  /** Whether the JSON-LD headline or og:title is {@code candidate}. */
  private static boolean declares(Keys keys, List<String> stripped, String candidate) {
    for (int i = 0; i <= SHARED_TITLE && i < stripped.size(); i++) {
      if (stripped.get(i) != null && keys.same(stripped.get(i), candidate)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the heading reads as {@code candidate}: its headline, or its kicker and headline
   * together (a heading that shows a kicker above the headline takes no side on whether titles
   * should carry it).
   */
  private static boolean headingSupports(
      Keys keys, String heading, String kicker, String candidate) {
    if (heading == null || candidate == null) {
      return false;
    }
    return keys.same(heading, candidate)
        || (kicker != null && keys.of(candidate).equals(keys.of(kicker) + keys.of(heading)));
  }

  /**
   * The letters-and-digits keys of the few candidate texts, each made once: every candidate is
   * compared with every other.
   */
  private static final class Keys {
    private final Map<String, String> byText = new HashMap<>();

    String of(String text) {
      return byText.computeIfAbsent(text, Clean::key);
    }

    boolean same(String a, String b) {
      return of(a).equals(of(b));
    }
  }
}
