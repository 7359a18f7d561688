package io.broadsheet.indexer.search;

/**
 * Turns a {@code ts_headline} fragment into safe HTML: everything is escaped, and only the match
 * markers become {@code <mark>} elements. PostgreSQL is asked to mark matches with two control
 * characters that cannot occur in extracted text (the extractor collapses all control characters),
 * so a page quoting {@code <mark>} literally stays text.
 */
public final class Snippets {

  /** Start and stop markers handed to {@code ts_headline}. */
  static final char START = '\u0002';

  static final char STOP = '\u0003';

  /** The {@code ts_headline} options. */
  static final String OPTIONS =
      "StartSel=\""
          + START
          + "\", StopSel=\""
          + STOP
          + "\", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

  private Snippets() {}

  public static String toHtml(String headline) {
    if (headline == null) {
      return null;
    }
    StringBuilder html = new StringBuilder(headline.length() + 32);
    for (int i = 0; i < headline.length(); i++) {
      char c = headline.charAt(i);
      switch (c) {
        case START -> html.append("<mark>");
        case STOP -> html.append("</mark>");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
    return html.toString();
  }
}
