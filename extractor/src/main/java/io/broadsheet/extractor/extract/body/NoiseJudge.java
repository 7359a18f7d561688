package io.broadsheet.extractor.extract.body;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * Decides which elements of one page are boilerplate to leave out: those {@link NoiseHints} names,
 * except a hinted element that holds most of the page's prose. Class names are written for styling,
 * not for us: a wrapper called {@code sidebar-grid} or {@code has-leading-ad} may hold the whole
 * article, and leaving it out would lose the page. A comment section that really outweighs its
 * article is rarer than that.
 */
final class NoiseJudge {

  /** A hinted element holding at least this share of the page's prose is kept. */
  static final double MAX_NOISE_SHARE = 0.5;

  private NoiseJudge() {}

  /** The skip predicate for the page under {@code root}. */
  static Predicate<Element> of(Element root) {
    List<Block> all = BlockWalker.blocks(root, e -> false);
    Map<Element, Integer> prose = new IdentityHashMap<>();
    int total = 0;
    for (Block block : all) {
      if (!ContainerFinder.isProse(block)) {
        continue;
      }
      int weight = block.weight();
      total += weight;
      for (Element e = block.owner(); e != null; e = e.parent()) {
        prose.merge(e, weight, Integer::sum);
      }
    }
    int limit = (int) (total * MAX_NOISE_SHARE);
    return e -> NoiseHints.isNoise(e) && prose.getOrDefault(e, 0) < Math.max(1, limit);
  }
}
