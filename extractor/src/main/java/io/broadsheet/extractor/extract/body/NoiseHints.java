package io.broadsheet.extractor.extract.body;

import java.util.Locale;
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

  private static final Pattern STREAMED_SEGMENT = Pattern.compile("S:[0-9a-zA-Z]{1,8}");
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
  private static final Pattern SEPARATOR = Pattern.compile("[\\s_\\-]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Elements that never hold readable text (scripts, media, form controls). */
  public static boolean neverText(Element element) {
    if (NEVER_TEXT.contains(element.normalName())) {
      return true;
    }
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
    boolean noise = false;
    for (String name : names(element)) {
      Hint hint = hintOf(name);
      if (hint == Hint.CONTENT) {
        return false;
      }
      noise |= hint == Hint.NOISE;
    }
    return noise;
  }

  /** Whether one of the class names or the id names article content and nothing else. */
  public static boolean namesContent(Element element) {
    for (String name : names(element)) {
      if (hintOf(name) == Hint.CONTENT) {
        return true;
      }
    }
    return false;
  }

  private enum Hint {
    NOISE,
    CONTENT,
    NONE
  }

  /**
   * One class name (or the id) judged on its own: any boilerplate token makes it noise ({@code
   * post-author}, {@code related-content}); else a content token makes it content ({@code
   * article-body}). Judging each class name apart keeps {@code article-body comments-enabled} a
   * content wrapper.
   */
  private static Hint hintOf(String name) {
    boolean content = false;
    for (String token : tokens(name)) {
      if (NOISE_TOKENS.contains(token)) {
        return Hint.NOISE;
      }
      content |= CONTENT_TOKENS.contains(token);
    }
    return content ? Hint.CONTENT : Hint.NONE;
  }

  private static String[] names(Element element) {
    String names = (element.attr("class") + " " + element.id()).trim();
    return names.isEmpty() ? new String[0] : WHITESPACE.split(names);
  }

  static String[] tokens(String names) {
    String split = CAMEL.matcher(names).replaceAll(" ");
    return SEPARATOR.split(split.toLowerCase(Locale.ROOT).trim());
  }

  private NoiseHints() {}
}
