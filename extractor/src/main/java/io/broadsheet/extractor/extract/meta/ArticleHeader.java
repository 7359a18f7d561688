package io.broadsheet.extractor.extract.meta;

import io.broadsheet.extractor.extract.PageIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The article's header as a reader sees it: the lines below the headline (and a standfirst, if any)
 * and above the story's first paragraph, where pages show the byline and the date whatever their
 * markup ("Ben Wilson · April 28, 2023", "von Ann Lee", "Stand: 28.04.2023 16:11 Uhr"). The
 * headline is the {@code <h1>} (or {@code <h2>}) that reads as the title, or holds it or is held in
 * it, else the page's only {@code <h1>} with text. Figures are skipped: a photo's caption may date
 * the photo or credit its photographer. Work is bounded: a fixed number of elements after the
 * headline, and a line's text is read only up to a line's length.
 */
final class ArticleHeader {

  /** Elements looked at after the headline before giving up: the header is a few lines. */
  private static final int MAX_HEADER_ELEMENTS = 60;

  /** The longest text read as one header line ("By Ann Lee | 3 May 2024, 14:05"). */
  static final int MAX_LINE = 120;

  /** A text this long is a paragraph: a standfirst, or the story's. */
  private static final int MIN_PROSE = 150;

  /** Paragraphs passed before the header is over: the standfirst. */
  private static final int MAX_PROSE_IN_HEADER = 1;

  /** Letters and digits a heading needs to be matched to the title by containment. */
  private static final int MIN_HEADLINE_KEY = 10;

  /** Headings compared with the title; a page with more is a listing, not one article. */
  private static final int MAX_HEADLINES = 20;

  private ArticleHeader() {}

  /**
   * The first non-null value {@code reader} gives for an element of the header, in document order;
   * null when the page has no headline to start from, or the header yields none.
   */
  static <T> T first(Document doc, String title, Function<Element, T> reader) {
    PageIndex index = PageIndex.of(doc);
    Element headline = headline(index, title);
    if (headline == null) {
      return null;
    }
    List<Element> elements = index.elements();
    int start = elements.indexOf(headline);
    int end = Math.min(elements.size(), start + 1 + MAX_HEADER_ELEMENTS);
    int prose = 0;
    for (int i = start + 1; i < end; i++) {
      Element el = elements.get(i);
      if (PageIndex.isWithin(el, headline) || inFigure(el)) {
        continue;
      }
      // the first paragraph may be the standfirst, set above the byline and date ("Vorspann");
      // the second is the story's
      if (holdsProse(el) && ++prose > MAX_PROSE_IN_HEADER) {
        return null;
      }
      T value = reader.apply(el);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /**
   * The element's text when it is a header line, else null: the walk stops at {@link #MAX_LINE}
   * characters, so a wrapper holding the rest of the page costs no more than a line (text nodes are
   * joined with a space).
   */
  static String line(Element el) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t && !t.isBlank()) {
              if (text.length() > 0) {
                text.append(' ');
              }
              text.append(t.text().strip());
            }
            return text.length() > MAX_LINE ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        el);
    return text.length() > MAX_LINE ? null : text.toString();
  }

  /**
   * The h1 (else h2) reading as {@code title} on letters and digits, else one whose words hold the
   * title's or are held in it (a site's suffix in the title, a kicker in the heading), else the
   * only h1 with text, or null.
   */
  private static Element headline(PageIndex index, String title) {
    String key = title == null ? "" : Clean.key(title);
    Element near = null;
    List<Element> withText = new ArrayList<>();
    for (String tag : new String[] {"h1", "h2"}) {
      int seen = 0;
      for (Element h : index.byTag(tag)) {
        if (++seen > MAX_HEADLINES) {
          break;
        }
        String heading = Clean.key(h.text());
        if (!key.isEmpty() && heading.equals(key)) {
          return h;
        }
        if (near == null
            && !key.isEmpty()
            && heading.length() >= MIN_HEADLINE_KEY
            && (key.contains(heading) || heading.contains(key))) {
          near = h;
        }
        if (tag.equals("h1") && !heading.isEmpty()) {
          withText.add(h);
        }
      }
    }
    if (near != null) {
      return near;
    }
    return withText.size() == 1 ? withText.get(0) : null;
  }

  private static boolean inFigure(Element el) {
    String tag = el.normalName();
    return tag.equals("figure")
        || tag.equals("figcaption")
        || PageIndex.ancestor(el, "figure") != null
        || PageIndex.ancestor(el, "figcaption") != null;
  }

  private static boolean holdsProse(Element el) {
    for (int i = 0; i < el.childNodeSize(); i++) {
      if (el.childNode(i) instanceof TextNode node && node.text().length() >= MIN_PROSE) {
        return true;
      }
    }
    return false;
  }
}
