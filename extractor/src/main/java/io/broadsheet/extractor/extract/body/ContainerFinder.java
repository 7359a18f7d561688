package io.broadsheet.extractor.extract.body;

import io.broadsheet.events.ArticleExtracted.Kind;
import io.broadsheet.extractor.extract.PageIndex;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the elements holding the article: the best-scoring container and those of its siblings that
 * read like more of the same article (an article split over sibling {@code <div>}s, around an ad
 * slot).
 *
 * <p>Every block of the page (boilerplate subtrees already left out) is judged on its own: a
 * paragraph or quote (list items never: teaser lists are lists, and an article's lists are kept
 * anyway once its container is found) of at least {@link #MIN_PROSE} weighted characters with less
 * than {@link #MAX_PROSE_LINK_DENSITY} of its text in links is prose, worth one point plus one per
 * hundred weighted characters (at most {@link #MAX_POINTS}), so many paragraphs count more than one
 * long blurb. Its points go to its own element and its parent in full, to the grandparent in half,
 * and to ancestors further up less and less, so the element that directly holds the paragraphs wins
 * over the page wrapper that also holds teaser lists. An element's score is then scaled by the
 * share of its text that is not link text, and boosted when it is marked as the article ({@code
 * <article>}, {@code itemprop=articleBody}, a content class name). On a tie the deeper element
 * wins.
 *
 * <p>A short story can lose to a box of teaser {@code <article>}s below it, each with its summary.
 * When the winner holds several articles and the page's headline sits in an {@code <article>}
 * outside it, the container is the best element of that headline's article instead.
 */
final class ContainerFinder {

  static final int MIN_PROSE = 40;
  static final double MAX_PROSE_LINK_DENSITY = 0.35;
  static final double MAX_POINTS = 4;
  static final double ARTICLE_BOOST = 1.25;

  /** A sibling joins the container when it scores at least this share of the container's score. */
  static final double SIBLING_SHARE = 0.2;

  /** Widening stops at a parent adding more clutter than this share of the prose it adds. */
  static final double MAX_ADDED_CLUTTER = 0.15;

  /** Headlines looked at to find the story's {@code <article>}; more make the page a listing. */
  private static final int MAX_HEADLINES = 10;

  /** Ancestors looked at above each block; the parser's nesting limit bounds it anyway. */
  private static final int MAX_CLIMB = 600;

  private ContainerFinder() {}

  /** Whether a block reads like article prose. */
  static boolean isProse(Block block) {
    return isProse(block, MIN_PROSE);
  }

  private static boolean isProse(Block block, int minWeight) {
    return (block.kind() == Kind.PARAGRAPH || block.kind() == Kind.QUOTE)
        && block.weight() >= minWeight
        && block.linkDensity() < MAX_PROSE_LINK_DENSITY;
  }

  /**
   * The container and its merged siblings, in document order; on a page without any block long
   * enough to be prose, those of its short text (so a brief is still found, and judged thin later);
   * empty when the page has no text outside links and headings.
   */
  static List<Element> find(List<Block> blocks) {
    List<Element> found = find(blocks, MIN_PROSE);
    return !found.isEmpty() ? found : find(blocks, 1);
  }

  private static List<Element> find(List<Block> blocks, int minProse) {
    // points, chars, link chars, prose weight, clutter weight
    Map<Element, double[]> tally = new IdentityHashMap<>();
    for (Block block : blocks) {
      double points = 0;
      double prose = 0;
      double clutter = block.linkChars();
      if (isProse(block, minProse)) {
        points = 1 + Math.min(MAX_POINTS - 1, block.weight() / 100.0);
        prose = block.weight() - block.linkChars();
      } else if (block.kind() == Kind.PARAGRAPH || block.linkDensity() > MAX_PROSE_LINK_DENSITY) {
        clutter = Math.max(clutter, block.weight());
      }
      int level = 0;
      for (Element e = block.owner(); e != null && level < MAX_CLIMB; e = e.parent()) {
        double[] t = tally.computeIfAbsent(e, k -> new double[5]);
        t[0] += points * decay(level);
        t[1] += block.weight();
        t[2] += block.linkChars();
        t[3] += prose;
        t[4] += clutter;
        level++;
      }
    }
    Element best = null;
    double bestScore = 0;
    int bestDepth = -1;
    for (Map.Entry<Element, double[]> entry : tally.entrySet()) {
      Element e = entry.getKey();
      double score = score(e, entry.getValue());
      if (score <= 0) {
        continue;
      }
      int depth = depth(e);
      if (score > bestScore || (score == bestScore && depth > bestDepth)) {
        best = e;
        bestScore = score;
        bestDepth = depth;
      }
    }
    if (best == null) {
      return List.of();
    }
    // a box of teaser <article>s can outscore a short story; the story is the headline's article
    Element headline =
        best.ownerDocument() == null || !holdsArticles(best, 2)
            ? null
            : headlineArticle(best.ownerDocument());
    if (headline != null && !PageIndex.isWithin(best, headline)) {
      Element inside = bestWithin(headline, tally);
      if (inside != null) {
        best = inside;
        bestScore = score(inside, tally.get(inside));
      }
    }
    return withSiblings(widen(best, tally), bestScore, tally);
  }

  /**
   * Climbs from the best element to ancestors that add more prose and next to no clutter: an
   * article cut into parts by ad slots or inline widgets (left out as noise) is whole one level up,
   * while a parent that adds teasers, link lists or bylines adds clutter and stops the climb.
   */
  private static Element widen(Element best, Map<Element, double[]> tally) {
    Element current = best;
    double[] inner = tally.get(best);
    for (Element parent = best.parent(); parent != null; parent = parent.parent()) {
      double[] outer = tally.get(parent);
      double addedProse = outer[3] - inner[3];
      double addedClutter = outer[4] - inner[4];
      if (addedClutter > Math.max(0, addedProse) * MAX_ADDED_CLUTTER
          || holdsOtherArticles(parent, current)) {
        break;
      }
      // a wrapper adding nothing holds the same blocks; taking it lets its siblings be merged
      current = parent;
      inner = outer;
    }
    return current;
  }

  /** Share of a block's points its ancestor {@code level} steps up gets. */
  private static double decay(int level) {
    if (level <= 1) {
      return 1;
    }
    if (level == 2) {
      return 0.5;
    }
    return 1.0 / (3 * (level - 1));
  }

  private static double score(Element e, double[] t) {
    double linkDensity = t[1] == 0 ? 0 : Math.min(1, t[2] / t[1]);
    double score = t[0] * (1 - linkDensity);
    return marksArticle(e) ? score * ARTICLE_BOOST : score;
  }

  private static List<Element> withSiblings(
      Element best, double bestScore, Map<Element, double[]> tally) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    List<Element> merged = new ArrayList<>();
    double threshold = Math.max(1, bestScore * SIBLING_SHARE);
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        merged.add(sibling);
        continue;
      }
      double[] t = tally.get(sibling);
      if (t == null
          || t[2] >= t[1] * MAX_PROSE_LINK_DENSITY
          || t[3] <= 0
          || holdsArticles(sibling, 1)) {
        continue;
      }
      if (score(sibling, t) >= threshold || sameComponent(sibling, best)) {
        merged.add(sibling);
      }
    }
    return merged;
  }

  /**
   * The one {@code <article>} of the page that holds its {@code <h1>}s: the story's own, when the
   * page also lists other articles (teasers, "you may also like") in {@code <article>}s of theirs.
   * Null when no headline sits in an article, or headlines sit in different ones (a listing).
   */
  private static Element headlineArticle(Document doc) {
    Element found = null;
    int seen = 0;
    for (Element h1 : PageIndex.of(doc).byTag("h1")) {
      if (++seen > MAX_HEADLINES) {
        return null;
      }
      Element article = nearestArticle(h1);
      if (article == null) {
        continue;
      }
      if (found != null && article != found) {
        return null;
      }
      found = article;
    }
    return found;
  }

  private static Element nearestArticle(Element e) {
    int level = 0;
    for (Element p = e.parent(); p != null && level < MAX_CLIMB; p = p.parent(), level++) {
      if (p.normalName().equals("article")) {
        return p;
      }
    }
    return null;
  }

  /** The best-scoring element of {@code root}'s subtree (itself included) with prose, or null. */
  private static Element bestWithin(Element root, Map<Element, double[]> tally) {
    Element best = null;
    double bestScore = 0;
    for (Element e : root.getAllElements()) {
      double[] t = tally.get(e);
      if (t == null || t[3] <= 0) {
        continue;
      }
      double score = score(e, t);
      // on a tie the deeper element wins, as in the search over the whole page
      if (score > bestScore || (score == bestScore && PageIndex.isWithin(e, best))) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Whether an element holds at least {@code min} {@code <article>} elements besides itself: a box
   * of other articles ("you may also like" teasers, each with its summary) is not more of this one.
   */
  private static boolean holdsArticles(Element e, int min) {
    int held = 0;
    for (Element article : articles(e)) {
      if (article != e && PageIndex.isWithin(article, e) && ++held >= min) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code parent} holds an {@code <article>} beside {@code current}: the prose it adds is
   * that of other articles (teasers with their summaries), not more of this one.
   */
  private static boolean holdsOtherArticles(Element parent, Element current) {
    for (Element article : articles(parent)) {
      if (article != parent
          && article != current
          && PageIndex.isWithin(article, parent)
          && !related(article, current)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page's {@code <article>}s, a superset of those under {@code e}: listed once per page
   * instead of searching the subtree of every ancestor the container is widened to (most pages have
   * none or a few, so the ancestry checks are cheap).
   */
  private static List<Element> articles(Element e) {
    Document doc = e.ownerDocument();
    return doc == null ? e.getElementsByTag("article") : PageIndex.of(doc).byTag("article");
  }

  private static boolean related(Element a, Element b) {
    for (Element e = a; e != null; e = e.parent()) {
      if (e == b) {
        return true;
      }
    }
    for (Element e = b; e != null; e = e.parent()) {
      if (e == a) {
        return true;
      }
    }
    return false;
  }

  /**
   * Another instance of the component that holds the article: the same tag and class names, or the
   * same tag and a shared class name that names article content. A CMS that cuts the body into
   * parts around embeds marks some parts with a modifier ({@code articleBodyText version-2} beside
   * {@code articleBodyText}); a later part can be short and score low for its depth, yet it is the
   * same article. Shared layout classes ({@code g g6}) say nothing, so they do not count.
   */
  private static boolean sameComponent(Element a, Element b) {
    if (!a.normalName().equals(b.normalName()) || a.className().isBlank()) {
      return false;
    }
    if (a.className().equals(b.className())) {
      return true;
    }
    Set<String> others = b.classNames();
    for (String name : a.classNames()) {
      if (others.contains(name) && NoiseHints.namesContent(name)) {
        return true;
      }
    }
    return false;
  }

  static boolean marksArticle(Element e) {
    return e.normalName().equals("article")
        || e.attr("itemprop").equalsIgnoreCase("articleBody")
        || NoiseHints.namesContent(e);
  }

  private static int depth(Element e) {
    int depth = 0;
    for (Element p = e.parent(); p != null; p = p.parent()) {
      depth++;
    }
    return depth;
  }
}
