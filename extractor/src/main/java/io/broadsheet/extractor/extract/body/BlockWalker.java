package io.broadsheet.extractor.extract.body;

import io.broadsheet.events.ArticleExtracted.Kind;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a subtree into {@link Block}s in reading order, the way a browser lays it out: every
 * block-level element ends the running text, inline elements ({@code a, span, b, em, time, br}...)
 * do not, so a paragraph whose text is spread over inline tags and single {@code <br>}s stays one
 * block, and a {@code <div>} holding bare text becomes a paragraph. Two {@code <br>} in a row
 * outside a {@code <p>} end a paragraph (pages that lay text out with line breaks).
 *
 * <p>The kind of a block comes from its nearest kind-giving ancestor: {@code p, pre, dd} paragraph,
 * {@code h1-h6} heading, {@code li} list item, {@code blockquote} quote; else paragraph. A row of a
 * data table (cells of inline text only) is one paragraph, cells separated by spaces.
 *
 * <p>Work is bounded: the walk stops after {@link #MAX_CHARS} characters of text or {@link
 * #MAX_BLOCKS} blocks; recursion depth is bounded by the parser's nesting limit.
 */
final class BlockWalker {

  static final int MAX_CHARS = 2_000_000;
  static final int MAX_BLOCKS = 20_000;

  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
          "i", "ins", "kbd", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong",
          "sub", "sup", "time", "tt", "u", "var", "wbr", "br", "img", "picture");

  private final Predicate<Element> skip;
  private final BlockTrace trace;
  private final BlockCutter cut;

  private BlockWalker(Predicate<Element> skip, BlockTrace trace) {
    this.skip = skip;
    this.trace = trace;
    this.cut = new BlockCutter(trace, null);
  }

  /**
   * The blocks of {@code root}, skipping elements that never hold text and those below the root
   * that {@code skip} names.
   */
  static List<Block> blocks(Element root, Predicate<Element> skip) {
    BlockWalker walker = new BlockWalker(skip, null);
    walker.walk(root);
    return walker.cut.blocks();
  }

  /**
   * The walk of {@code root} skipping only elements that never hold text, recorded so that it can
   * be replayed with a skip predicate ({@link BlockTrace#replay}).
   */
  static BlockTrace trace(Element root) {
    BlockTrace trace = new BlockTrace(root);
    BlockWalker walker = new BlockWalker(e -> false, trace);
    walker.walk(root);
    trace.finish(walker.cut.blocks(), walker.cut.overLimit());
    return trace;
  }

  private void walk(Element root) {
    Kind kind = kindOf(root.normalName());
    element(root, root, kind, false);
    cut.flush(root, kind, trace == null ? -1 : trace.flush(root, kind));
  }

  private void element(Element element, Element owner, Kind kind, boolean inLink) {
    // by index: childNodes() copies the child list into a new list for every element walked
    for (int i = 0, n = element.childNodeSize(); i < n; i++) {
      Node child = element.childNode(i);
      if (cut.overLimit()) {
        return;
      }
      if (child instanceof TextNode textNode) {
        String value = textNode.getWholeText();
        boolean blank = value.isBlank();
        int linkLength = inLink ? value.strip().length() : 0;
        cut.text(
            value, blank, linkLength, trace == null ? -1 : trace.text(value, blank, linkLength));
      } else if (child instanceof Element e) {
        child(e, owner, kind, inLink);
      }
    }
  }

  private void child(Element e, Element owner, Kind kind, boolean inLink) {
    if (NoiseHints.neverText(e) || skip.test(e)) {
      return;
    }
    int enter = trace == null ? -1 : trace.enter(e);
    visit(e, owner, kind, inLink);
    if (trace != null) {
      trace.exit(enter);
    }
  }

  private void visit(Element e, Element owner, Kind kind, boolean inLink) {
    String tag = e.normalName();
    if (tag.equals("br")) {
      cut.lineBreak(owner, kind, trace == null ? -1 : trace.lineBreak(owner, kind));
      return;
    }
    if (INLINE.contains(tag) || isCustomElement(tag)) {
      element(e, owner, kind, inLink || tag.equals("a"));
      return;
    }
    cut.flush(owner, kind, trace == null ? -1 : trace.flush(owner, kind));
    Kind inner = innerKind(kind, kindOf(tag));
    if (tag.equals("tr") && isDataRow(e)) {
      row(e, inner, inLink);
    } else {
      element(e, e, inner, inLink);
    }
    cut.flush(e, inner, trace == null ? -1 : trace.flush(e, inner));
  }

  /**
   * A custom element ({@code <hl-trusted-source>}, its name holds a hyphen) is inline unless the
   * page's style says otherwise, as browsers show it: one wrapped around a citation link stays in
   * its sentence. One that wraps paragraphs still has its paragraphs cut as blocks.
   */
  private static boolean isCustomElement(String tag) {
    return tag.indexOf('-') > 0;
  }

  /**
   * A row of a data table is read as one line, its cells separated by spaces: cut cell by cell, a
   * standings or results table falls apart into numbers that mean nothing alone (and that repeat,
   * so they look like template labels).
   */
  private void row(Element tr, Kind kind, boolean inLink) {
    for (Element cell : tr.children()) {
      if (NoiseHints.neverText(cell) || skip.test(cell)) {
        continue;
      }
      int enter = trace == null ? -1 : trace.enter(cell);
      cut.space(trace == null ? -1 : trace.space());
      element(cell, tr, kind, inLink);
      if (trace != null) {
        trace.exit(enter);
      }
    }
  }

  /**
   * A row of at least two cells that hold inline text only. A layout table, whose cells hold
   * paragraphs, menus or whole columns of the page, is walked block by block as usual.
   */
  private static boolean isDataRow(Element tr) {
    int cells = 0;
    for (Element cell : tr.children()) {
      String tag = cell.normalName();
      if (!tag.equals("td") && !tag.equals("th")) {
        return false;
      }
      cells++;
      for (Element inner : cell.getAllElements()) {
        if (inner != cell && !INLINE.contains(inner.normalName())) {
          return false;
        }
      }
    }
    return cells >= 2;
  }

  /**
   * A paragraph inside a quote stays part of the quote; a {@code <p>} inside a list item is a
   * paragraph (pages lay whole articles out in list items); other kinds nest as written.
   */
  private static Kind innerKind(Kind outer, Kind own) {
    if (outer == Kind.QUOTE && own != Kind.HEADING) {
      return outer;
    }
    return own != null ? own : outer;
  }

  private static Kind kindOf(String tag) {
    return switch (tag) {
      case "p", "pre", "dd" -> Kind.PARAGRAPH;
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
      case "li" -> Kind.LIST_ITEM;
      case "blockquote" -> Kind.QUOTE;
      default -> null;
    };
  }
}
