package io.broadsheet.extractor.extract.body;

import io.broadsheet.events.ArticleExtracted.Kind;
import org.jsoup.nodes.Element;

/**
 * One run of text as a reader sees it: a paragraph, heading, list item or quote.
 *
 * @param kind what the block is
 * @param text the text, whitespace normalised, never empty
 * @param linkChars how many of its characters are link text
 * @param owner the innermost block-level element holding the text
 */
record Block(Kind kind, String text, int linkChars, Element owner) {

  /** Share of the text that is link text, 0 to 1. */
  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }

  /** Length weighted so that scripts without spaces between words weigh like spaced ones. */
  int weight() {
    return TextWeight.of(text);
  }
}
