package io.broadsheet.extractor.extract.body;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Structural and naming hints that an element is not article text: page furniture by tag, and
 * class/id tokens that name boilerplate (share bars, newsletter boxes, related links, comments,
 * ads, cookie banners, navigation, bylines...). Tokens are whole words of the class or id, split on
 * whitespace, '-' and '_' and camelCase humps, so {@code shadow} never matches {@code ad}.
 *
 * <p>An element whose tokens also name content ({@code article-body}, {@code story-content}) is not
 * noise: the positive hint wins, because wrappers of the article often carry both.
 */
public final class NoiseHints {

  /** Never text: skipped everywhere, also when scoring containers. */
  private static final Set<String> NEVER_TEXT =
      Set.of(
          "head",
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "canvas",
          "video",
          "audio",
          "button",
          "input",
          "select",
          "option",
          "textarea",
          "label",
          "dialog",
          "map",
          "picture",
          "img",
          "source");

  /** Page furniture by tag. */
  private static final Set<String> NOISE_TAGS =
      Set.of("nav", "header", "footer", "aside", "figure", "figcaption", "menu");

  private static final Set<String> NOISE_TOKENS =
      Set.of(
          "share",
          "sharing",
          "sharebar",
          "social",
          "socials",
          "related",
          "recommended",
          "recommendations",
          "newsletter",
          "subscribe",
          "subscription",
          "signup",
          "comment",
          "comments",
          "disqus",
          "ad",
          "ads",
          "advert",
          "adverts",
          "advertisement",
          "advertising",
          "adslot",
          "sponsored",
          "promo",
          "promotion",
          "teaser",
          "teasers",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "nav",
          "navbar",
          "navigation",
          "menu",
          "footer",
          "breadcrumb",
          "breadcrumbs",
          "tags",
          "tag",
          "keywords",
          "byline",
          "author",
          "authors",
          "bio",
          "dateline",
          "timestamp",
          "caption",
          "credit",
          "credits",
          "sidebar",
          "widget",
          "popular",
          "trending",
          "most",
          "toolbar",
          "print",
          "paywall",
          "modal",
          "popup",
          "banner",
          "outbrain",
          "taboola",
          "hidden",
          "visually",
          "offscreen",
          "sr",
          "skip",
          "jump",
          "pagination",
          "pager",
          "masthead");

  private static final Set<String> CONTENT_TOKENS =
      Set.of(
          "article",
          "articlebody",
          "body",
          "content",
          "story",
          "entry",
          "post",
          "text",
          "main",
          "prose",
          "richtext",
          "rte");

  /** Both lists in one table: {@link #NOISE_NAME} or {@link #CONTENT_NAME} per token. */
  private static final NameTokens TOKENS = tokens();

  private static NameTokens tokens() {
    Map<String, Integer> hints = new HashMap<>();
    CONTENT_TOKENS.forEach(token -> hints.put(token, CONTENT_NAME));
    NOISE_TOKENS.forEach(token -> hints.put(token, NOISE_NAME)); // noise wins, as in hintOf
    return new NameTokens(hints);
  }

  private static final Pattern STREAMED_SEGMENT = Pattern.compile("S:[0-9a-zA-Z]{1,8}");

  /** Elements that never hold readable text (scripts, media, form controls). */
  public static boolean neverText(Element element) {
    return NEVER_TEXT.contains(element.normalName()) || isHidden(element);
  }

  /** Elements hidden from the reader: the {@code hidden} attribute, or {@code display:none}. */
  public static boolean isHidden(Element element) {
    if (element.hasAttr("hidden") && !isStreamedSegment(element)) {
      return true;
    }
    String style = element.attr("style");
    return !style.isEmpty()
        && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
  }

  /**
   * A segment of a page rendered by streaming: React's server renderer sends late parts of the page
   * in a {@code <div hidden id="S:n">} that its script then moves into place, so a reader sees it.
   */
  private static boolean isStreamedSegment(Element element) {
    return element.normalName().equals("div") && STREAMED_SEGMENT.matcher(element.id()).matches();
  }

  /** Whether the element is page furniture or names boilerplate and names no content. */
  public static boolean isNoise(Element element) {
    String tag = element.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("main")) {
      return false;
    }
    if (NOISE_TAGS.contains(tag)) {
      return true;
    }
    String role = element.attr("role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")) {
      return true;
    }
    if (tag.equals("a") && isInRunningText(element)) {
      // a link's class or id names what the link is for ("auto-tag_taylor-swift"), but in a
      // sentence its words are the sentence's: left out, the sentence would lose its names
      return false;
    }
    int hints = hints(element);
    return (hints & CONTENT_NAME) == 0 && (hints & NOISE_NAME) != 0;
  }

  /** Levels above a link looked at for the paragraph it sits in ({@code p > em > a}). */
  private static final int RUNNING_TEXT_LEVELS = 3;

  /** Whether the element sits in a paragraph, list item or quotation. */
  private static boolean isInRunningText(Element element) {
    Element e = element.parent();
    for (int level = 0; level < RUNNING_TEXT_LEVELS && e != null; level++, e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("p") || tag.equals("li") || tag.equals("blockquote")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} (lower case) is one of the words that name boilerplate ("advert"). */
  static boolean isNoiseWord(String word) {
    return NOISE_TOKENS.contains(word);
  }

  /** Whether one of the class names or the id names article content and nothing else. */
  public static boolean namesContent(Element element) {
    return (hints(element) & CONTENT_NAME) != 0;
  }

  /** Whether one class name ({@code articleBodyText}) names article content and nothing else. */
  static boolean namesContent(String className) {
    return (hints(className) & CONTENT_NAME) != 0;
  }

  /** Bits of {@link #hints}: some class name (or the id) is noise, some is content. */
  private static final int NOISE_NAME = 1;

  private static final int CONTENT_NAME = 2;

  /** Longest token of either list: a longer token names neither. */
  private static final int MAX_TOKEN_CHARS = 15;

  /**
   * What the element's class names and id name, each judged on its own: any boilerplate token makes
   * a name noise ({@code post-author}, {@code related-content}); else a content token makes it
   * content ({@code article-body}). Judging each class name apart keeps {@code article-body
   * comments-enabled} a content wrapper.
   *
   * <p>A hand-written scanner, not regex splits: this runs for every element of every page, twice.
   * Names are split on ASCII whitespace; a name is trimmed ({@link String#trim}), then cut into
   * tokens at {@code _}, {@code -} and camelCase humps (a lower-case ASCII letter followed by an
   * upper-case one), and each token is lower-cased.
   */
  private static int hints(Element element) {
    return hints(element.attr("class")) | hints(element.id());
  }

  private static int hints(String names) {
    int hints = 0;
    int i = 0;
    int n = names.length();
    while (i < n) {
      while (i < n && isAsciiSpace(names.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isAsciiSpace(names.charAt(i))) {
        i++;
      }
      if (i > start) {
        hints |= hintOf(names, start, i);
      }
    }
    return hints;
  }

  /**
   * The hint of the name {@code names[start, end)}: {@link #NOISE_NAME}, {@link #CONTENT_NAME} or
   * 0.
   */
  private static int hintOf(String names, int start, int end) {
    // String.trim() of the name: the regex version trimmed what the whitespace split left
    while (start < end && names.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && names.charAt(end - 1) <= ' ') {
      end--;
    }
    boolean content = false;
    int tokenStart = start;
    for (int i = start; i <= end; i++) {
      boolean cut =
          i == end
              || isSeparator(names.charAt(i))
              || (i > start && isAsciiLower(names.charAt(i - 1)) && isAsciiUpper(names.charAt(i)));
      if (!cut) {
        continue;
      }
      int length = i - tokenStart;
      if (length > 0 && length <= MAX_TOKEN_CHARS) {
        int hint = TOKENS.valueOf(names, tokenStart, i); // the token lower-cased, no string made
        if (hint == NOISE_NAME) {
          return NOISE_NAME;
        }
        content |= hint == CONTENT_NAME;
      }
      tokenStart = i < end && isSeparator(names.charAt(i)) ? i + 1 : i;
    }
    return content ? CONTENT_NAME : 0;
  }

  /** {@code \\s} of a Java regex: ASCII whitespace only. */
  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isSeparator(char c) {
    return c == '_' || c == '-' || isAsciiSpace(c);
  }

  private static boolean isAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private NoiseHints() {}
}
