package io.broadsheet.extractor.extract.body;

import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleExtracted.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article body of a page, as blocks in reading order. Steps:
 *
 * <ol>
 *   <li>cut the page into blocks, boilerplate subtrees left out ({@link BlockWalker}, {@link
 *       NoiseJudge}, the small boxes around a checkbox, {@link ToggleBoxes}, and those around a
 *       button to log in or subscribe, {@link SignInBoxes});
 *   <li>pick the container whose text is most article-like, with sibling parts of the same article
 *       ({@link ContainerFinder});
 *   <li>keep its blocks, less link lists, the repeated headline and repeated labels ({@link
 *       BoilerplateFilter});
 *   <li>when the page states a JSON-LD {@code articleBody} much longer than what the DOM gave (the
 *       article is rendered by script, or the DOM holds a teaser only), use that text instead, one
 *       paragraph per line;
 *   <li>on a live blog, add the updates its JSON-LD states that the container did not hold ({@link
 *       LiveBlogUpdates}).
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class ArticleBodyFinder {

  /** The DOM body is replaced when JSON-LD states more than this many times its weight. */
  static final double JSON_LD_PREFERRED_RATIO = 2.0;

  /**
   * The body blocks; an empty list when the page marks an article container that holds no text;
   * null when there is no container at all. {@code title} and {@code authors} are the headline and
   * byline already read from the page, left out where the container repeats them.
   */
  public List<BodyBlock> find(Document doc, String title, List<String> authors) {
    Element root = doc.body() == null ? doc : doc.body();
    // one walk of the page: the noise is judged on it, and the walk without the noise is replayed
    BlockTrace walk = BlockWalker.trace(root);
    // a set of its own: the two finders' sets are theirs, not ours to add to
    Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
    boxes.addAll(ToggleBoxes.of(root));
    boxes.addAll(SignInBoxes.of(root));
    List<Block> page = walk.replay(NoiseJudge.of(walk.blocks()).or(boxes::contains));
    List<Element> containers = ContainerFinder.find(page);
    List<BodyBlock> fromDom = null;
    if (!containers.isEmpty()) {
      fromDom =
          toBodyBlocks(BoilerplateFilter.keep(inside(page, containers), page, title, authors));
    }
    String jsonLd = JsonLdArticleBody.of(doc);
    if (jsonLd != null && weight(jsonLd) > JSON_LD_PREFERRED_RATIO * weight(fromDom)) {
      return paragraphs(jsonLd);
    }
    if (fromDom == null && doc.selectFirst("article, [itemprop=articleBody]") != null) {
      return List.of();
    }
    List<BodyBlock> updates =
        fromDom == null ? List.of() : LiveBlogUpdates.missingFrom(doc, fromDom);
    if (!updates.isEmpty()) {
      List<BodyBlock> whole = new ArrayList<>(fromDom);
      whole.addAll(updates);
      return whole;
    }
    return fromDom;
  }

  private static List<Block> inside(List<Block> page, List<Element> containers) {
    Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
    roots.addAll(containers);
    List<Block> inside = new ArrayList<>();
    for (Block block : page) {
      for (Element e = block.owner(); e != null; e = e.parent()) {
        if (roots.contains(e)) {
          inside.add(block);
          break;
        }
      }
    }
    return inside;
  }

  private static List<BodyBlock> toBodyBlocks(List<Block> blocks) {
    return blocks.stream().map(b -> new BodyBlock(b.kind(), b.text())).toList();
  }

  private static int weight(List<BodyBlock> blocks) {
    if (blocks == null) {
      return 0;
    }
    return blocks.stream().mapToInt(b -> TextWeight.of(b.text())).sum();
  }

  private static int weight(String text) {
    return TextWeight.of(text);
  }

  /** JSON-LD text may carry markup: cut it like a page; plain text is one paragraph a line. */
  static List<BodyBlock> paragraphs(String text) {
    if (text.indexOf('<') >= 0) {
      Element fragment = Jsoup.parseBodyFragment(text).body();
      return toBodyBlocks(BlockWalker.blocks(fragment, NoiseHints::isNoise));
    }
    List<BodyBlock> blocks = new ArrayList<>();
    for (String line : Parser.unescapeEntities(text, false).split("\\R")) {
      String value = TextWeight.normalize(line);
      if (!value.isEmpty()) {
        blocks.add(new BodyBlock(Kind.PARAGRAPH, value));
      }
    }
    return blocks;
  }
}
