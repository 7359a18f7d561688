package io.broadsheet.extractor.extract.body;

import io.broadsheet.events.ArticleExtracted.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drops the blocks inside the article container that a reader does not read as the article:
 *
 * <ul>
 *   <li>link lists and "read also" lines: blocks with more than {@link #MAX_LINK_DENSITY} of their
 *       text in links;
 *   <li>the headline, repeated above the text: the draft's title, and any {@code <h1>} (the page's
 *       headline, reported as the title, even when it is worded differently from it);
 *   <li>scraps above the first paragraph of prose: bylines, datelines, kickers and "3 min read"
 *       lines are short and come first, whatever the language (headings are kept);
 *   <li>short labels the page repeats ("Advertisement", "Read more", share prompts): a block under
 *       {@link #SHORT} weighted characters whose text occurs more than once on the page. Repetition
 *       says "template" in every language without knowing the words.
 * </ul>
 */
final class BoilerplateFilter {

  static final double MAX_LINK_DENSITY = 0.5;
  static final int SHORT = 80;

  private BoilerplateFilter() {}

  static List<Block> keep(List<Block> candidates, List<Block> page, String title) {
    Map<String, Integer> seen = new HashMap<>();
    for (Block block : page) {
      if (block.text().length() < SHORT) {
        seen.merge(key(block.text()), 1, Integer::sum);
      }
    }
    String titleKey = title == null ? null : key(title);
    List<Block> kept = new ArrayList<>();
    // a body without prose (a brief of short lines) is kept whole, to be judged thin or not later
    boolean proseSeen = candidates.stream().noneMatch(ContainerFinder::isProse);
    for (Block block : candidates) {
      if (!proseSeen
          && block.kind() != Kind.HEADING
          && block.weight() < ContainerFinder.MIN_PROSE) {
        continue;
      }
      proseSeen |= ContainerFinder.isProse(block);
      String key = key(block.text());
      if (block.linkDensity() > MAX_LINK_DENSITY) {
        continue;
      }
      if (key.equals(titleKey) || block.owner().normalName().equals("h1")) {
        continue;
      }
      if (block.weight() < SHORT && seen.getOrDefault(key, 0) > 1) {
        continue;
      }
      kept.add(block);
    }
    return kept;
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
