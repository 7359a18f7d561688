package io.broadsheet.extractor.extract.meta;

import org.jsoup.parser.Parser;

/** Text clean-up shared by the metadata readers and extractors. */
final class Clean {

  /** Longest string any metadata value is allowed to be; longer ones are not metadata. */
  static final int MAX_VALUE_CHARS = 2_000;

  /**
   * Decodes HTML entities left in a value (JSON-LD and meta tags often carry {@code &amp;} twice
   * encoded), collapses whitespace and trims; null when blank or absurdly long.
   */
  static String text(String value) {
    if (value == null) {
      return null;
    }
    String text =
        value.length() > MAX_VALUE_CHARS * 4 ? value.substring(0, MAX_VALUE_CHARS * 4) : value;
    if (text.indexOf('&') >= 0) {
      text = Parser.unescapeEntities(text, false);
    }
    if (text.indexOf('<') >= 0 && text.indexOf('>') > text.indexOf('<')) {
      // markup inside a meta value (seen in JSON-LD descriptions): keep its text only
      text = org.jsoup.Jsoup.parseBodyFragment(text).text();
    }
    text = collapseWhitespace(text);
    return text.isEmpty() || text.length() > MAX_VALUE_CHARS ? null : text;
  }

  /**
   * What {@code text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B\\u00AD\\uFEFF]+", " ").trim()}
   * gives, by a plain loop: every run of whitespace (no-break, figure, narrow, zero-width spaces
   * and soft hyphens included) becomes one space, then the ends are trimmed. It runs on every meta
   * value of every page.
   */
  static String collapseWhitespace(String text) {
    int n = text.length();
    char[] out = new char[n];
    int length = 0;
    boolean inRun = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isWhitespace(c)) {
        if (!inRun) {
          out[length++] = ' ';
          inRun = true;
        }
      } else {
        out[length++] = c;
        inRun = false;
      }
    }
    int start = 0;
    while (start < length && out[start] <= ' ') {
      start++;
    }
    while (length > start && out[length - 1] <= ' ') {
      length--;
    }
    return new String(out, start, length - start);
  }

  /** ASCII {@code \\s} and the Unicode spaces and soft hyphen {@link #collapseWhitespace} names. */
  private static boolean isWhitespace(char c) {
    return switch (c) {
      case ' ',
          '\t',
          '\n',
          '\u000B',
          '\f',
          '\r',
          '\u00A0',
          '\u2007',
          '\u202F',
          '\u200B',
          '\u00AD',
          '\uFEFF' ->
          true;
      default -> false;
    };
  }

  /** Lower-cased letters and digits only: for comparing candidates that differ in punctuation. */
  static String key(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder key = new StringBuilder(value.length());
    value
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase)
        .forEach(key::appendCodePoint);
    return key.toString();
  }

  private Clean() {}
}
