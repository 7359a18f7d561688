package io.broadsheet.extractor.extract.body;

import java.util.HashMap;
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
 *
 * <p>An article may also be laid out in several sibling wrappers of one styling class (one per run
 * of paragraphs, between ad slots), none of which holds half of the prose alone: such siblings are
 * judged together, as the one component they are, and kept when they hold most of the prose.
 */
final class NoiseJudge {

  /** A hinted element holding at least this share of the page's prose is kept. */
  static final double MAX_NOISE_SHARE = 0.5;

  /**
   * Sibling wrappers of one class are kept when together they hold this share of the prose: most of
   * it, since a column of widgets also repeats one class.
   */
  static final double MAX_COMPONENT_SHARE = 0.75;

  private NoiseJudge() {}

  /** The skip predicate for the page under {@code root}. */
  static Predicate<Element> of(Element root) {
    return of(BlockWalker.blocks(root, e -> false));
  }

  /**
   * The skip predicate for a page whose blocks, with nothing skipped but what never holds text, are
   * {@code all}.
   */
  static Predicate<Element> of(List<Block> all) {
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
    Map<Element, Map<String, Integer>> components = new IdentityHashMap<>();
    for (Map.Entry<Element, Integer> entry : prose.entrySet()) {
      Element e = entry.getKey();
      if (e.parent() != null && !e.className().isBlank()) {
        components
            .computeIfAbsent(e.parent(), k -> new HashMap<>())
            .merge(component(e), entry.getValue(), Integer::sum);
      }
    }
    int limit = Math.max(1, (int) (total * MAX_NOISE_SHARE));
    int componentLimit = Math.max(1, (int) (total * MAX_COMPONENT_SHARE));
    return e ->
        NoiseHints.isNoise(e)
            && prose.getOrDefault(e, 0) < limit
            && componentProse(e, components) < componentLimit;
  }

  /** The prose held by the element and its siblings of the same tag and class names. */
  private static int componentProse(Element e, Map<Element, Map<String, Integer>> components) {
    if (e.parent() == null || e.className().isBlank()) {
      return 0;
    }
    return components.getOrDefault(e.parent(), Map.of()).getOrDefault(component(e), 0);
  }

  private static String component(Element e) {
    return e.normalName() + " " + e.className();
  }
}
