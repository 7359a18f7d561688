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
 * @param weight the text's {@linkplain TextWeight#of weight}, computed once: the noise judge, the
 *     container finder and the boilerplate filter all ask for it, several times per block
 */
record Block(Kind kind, String text, int linkChars, Element owner, int weight) {

  Block(Kind kind, String text, int linkChars, Element owner) {
    this(kind, text, linkChars, owner, TextWeight.of(text));
  }

  /** Share of the text that is link text, 0 to 1. */
  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }
}
