package io.broadsheet.extractor.extract.meta;

import io.broadsheet.extractor.extract.Whitespace;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/** Text clean-up shared by the metadata readers and extractors (and the body's JSON-LD readers). */
public final class Clean {

  /** Longest string any metadata value is allowed to be; longer ones are not metadata. */
  static final int MAX_VALUE_CHARS = 2_000;

  /** A named or numeric character reference: "&uuml;", "&#8217;", "&#x2019;". */
  private static final Pattern LEFT_ENTITY =
      Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]{1,7}|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});");

  /**
   * Decodes HTML entities left in a value (JSON-LD and meta tags often carry {@code &amp;} twice
   * encoded; a value encoded twice over is decoded twice), collapses whitespace and trims; null
   * when blank or absurdly long.
   */
  static String text(String value) {
    if (value == null) {
      return null;
    }
    String text =
        value.length() > MAX_VALUE_CHARS * 4 ? value.substring(0, MAX_VALUE_CHARS * 4) : value;
    if (text.indexOf('&') >= 0) {
      text = Parser.unescapeEntities(text, false);
      // encoded twice ("K&amp;uuml;hlturm" in a JSON-LD description): an entity is left, and
      // no headline or description means one literally
      if (text.indexOf('&') >= 0 && LEFT_ENTITY.matcher(text).find()) {
        text = Parser.unescapeEntities(text, false);
      }
    }
    if (text.indexOf('<') >= 0 && text.indexOf('>') > text.indexOf('<')) {
      // markup inside a meta value (seen in JSON-LD descriptions): keep its text only
      text = org.jsoup.Jsoup.parseBodyFragment(text).text();
    }
    text = collapseWhitespace(text);
    return text.isEmpty() || text.length() > MAX_VALUE_CHARS ? null : text;
  }

  /**
   * Every whitespace run (soft hyphens included) as one space, ends trimmed: {@link Whitespace}.
   */
  static String collapseWhitespace(String text) {
    return Whitespace.collapse(text, true);
  }

  /** Lower-cased letters and digits only: for comparing candidates that differ in punctuation. */
  public static String key(String value) {
    if (value == null) {
      return "";
    }
    // a plain loop, not a code point stream: titles compare every candidate with every other
    StringBuilder key = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        key.appendCodePoint(Character.toLowerCase(c));
      }
    }
    return key.toString();
  }

  private Clean() {}
}
