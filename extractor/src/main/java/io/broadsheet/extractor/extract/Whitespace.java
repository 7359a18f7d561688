package io.broadsheet.extractor.extract;

/**
 * The one whitespace collapse of the extractor: what {@code
 * text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+", " ").trim()} gives (soft hyphens
 * {@code \\u00AD} counted as space too when asked), by a plain loop, because it runs on every block
 * and every meta value of every page.
 */
public final class Whitespace {

  private Whitespace() {}

  /**
   * Every run of whitespace (ASCII {@code \\s}, no-break, figure, narrow no-break and zero-width
   * spaces, BOM; soft hyphens when {@code softHyphens}) becomes one space; then every character up
   * to U+0020 is trimmed from both ends, as {@link String#trim()} does.
   */
  public static String collapse(CharSequence text, boolean softHyphens) {
    int n = text.length();
    char[] out = new char[n];
    // one bulk copy: a StringBuilder's charAt checks bounds and coder per character
    if (text instanceof StringBuilder builder) {
      builder.getChars(0, n, out, 0);
    } else {
      text.toString().getChars(0, n, out, 0);
    }
    // collapsed in place: the write position never passes the read position
    int length = 0;
    boolean inRun = false;
    for (int i = 0; i < n; i++) {
      char c = out[i];
      if (c > ' ' && c < '\u00A0') {
        out[length++] = c; // the bulk of any text: no whitespace switch
        inRun = false;
      } else if (isSpace(c) || (softHyphens && c == '\u00AD')) {
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

  /** ASCII whitespace as in a regex {@code \\s}, plus no-break, zero-width and figure spaces. */
  private static boolean isSpace(char c) {
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
          '\uFEFF' ->
          true;
      default -> false;
    };
  }
}
