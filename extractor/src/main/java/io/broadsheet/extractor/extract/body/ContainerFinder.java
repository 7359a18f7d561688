package io.broadsheet.extractor.extract.body;

import io.broadsheet.events.ArticleExtracted.Kind;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article: the one whose subtree best trades article-like text
 * against boilerplate-like text.
 *
 * <p>Every block of the page (boilerplate subtrees already left out) is judged on its own: a block
 * of at least {@link #MIN_PROSE} weighted characters with less than {@link #MAX_PROSE_LINK_DENSITY}
 * of its text in links is prose and adds its weight to every ancestor's prose; link text and short
 * scraps add to every ancestor's clutter. An element scores {@code prose - CLUTTER_COST * clutter},
 * boosted when it is marked as the article ({@code <article>}, {@code itemprop=articleBody}, a
 * content class name). The best-scoring element wins; so when an article is split over sibling
 * {@code <div>}s their common parent wins, and when a parent adds only link lists and teasers the
 * inner element wins. On a tie the deeper element wins.
 */
final class ContainerFinder {

  static final int MIN_PROSE = 40;
  static final double MAX_PROSE_LINK_DENSITY = 0.35;
  static final double CLUTTER_COST = 0.6;
  static final double ARTICLE_BOOST = 1.1;

  /** Ancestors looked at above each block; the parser's nesting limit bounds it anyway. */
  private static final int MAX_CLIMB = 600;

  private ContainerFinder() {}

  /** Whether a block reads like article prose. */
  static boolean isProse(Block block) {
    return isProse(block, MIN_PROSE);
  }

  private static boolean isProse(Block block, int minWeight) {
    return block.kind() != Kind.HEADING
        && block.weight() >= minWeight
        && block.linkDensity() < MAX_PROSE_LINK_DENSITY;
  }

  /**
   * The best container of the blocks; on a page without any block long enough to be prose, the best
   * container of its short text (so a brief is still found, and judged thin later); null when the
   * page has no text outside links and headings.
   */
  static Element find(List<Block> blocks) {
    Element found = find(blocks, MIN_PROSE);
    return found != null ? found : find(blocks, 1);
  }

  private static Element find(List<Block> blocks, int minProse) {
    Map<Element, double[]> tally = new IdentityHashMap<>(); // prose, clutter, depth
    for (Block block : blocks) {
      double prose = 0;
      double clutter = block.linkChars();
      if (isProse(block, minProse)) {
        prose = block.weight() - block.linkChars();
      } else if (block.kind() != Kind.HEADING) {
        clutter = Math.max(clutter, block.weight());
      }
      int climbed = 0;
      for (Element e = block.owner(); e != null && climbed < MAX_CLIMB; e = e.parent()) {
        double[] t = tally.computeIfAbsent(e, k -> new double[3]);
        t[0] += prose;
        t[1] += clutter;
        climbed++;
      }
    }
    if (tally.values().stream().noneMatch(t -> t[0] > 0)) {
      return null;
    }
    Element best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    int bestDepth = -1;
    for (Map.Entry<Element, double[]> entry : tally.entrySet()) {
      Element e = entry.getKey();
      double[] t = entry.getValue();
      if (t[0] <= 0) {
        continue;
      }
      double score = t[0] - CLUTTER_COST * t[1];
      if (marksArticle(e)) {
        score *= ARTICLE_BOOST;
      }
      int depth = depth(e);
      if (score > bestScore || (score == bestScore && depth > bestDepth)) {
        best = e;
        bestScore = score;
        bestDepth = depth;
      }
    }
    return best;
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
