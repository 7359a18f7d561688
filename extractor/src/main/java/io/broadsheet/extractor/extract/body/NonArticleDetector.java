package io.broadsheet.extractor.extract.body;

import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleExtracted.Kind;
import io.broadsheet.events.Reasons;
import io.broadsheet.extractor.extract.PageIndex;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Says why a page is not an article, once the body is known. Every rule starts from a body too thin
 * to be an article (fewer than {@code minWords} words, CJK characters counting as half a word, or
 * no container of prose at all; for a consent wall, whose notice itself reads like prose, fewer
 * than four times that), so a real article is never lost to a guess about its kind; the page's
 * shape then only picks the reason and the detail:
 *
 * <ul>
 *   <li>a cookie or consent notice ({@code consent, cookie, gdpr, cmp} in class or id, or a
 *       consent-management script) holding most of the page text: {@code consent-wall};
 *   <li>"404" or a not-found title or first heading: {@code not-article}, an error page;
 *   <li>a video player and no text: {@code not-article}, a video page;
 *   <li>several images and no text: {@code not-article}, a gallery;
 *   <li>links making most of the page text: {@code not-article}, a section front or tag page;
 *   <li>a marked article container without any text: {@code empty}.
 * </ul>
 */
public final class NonArticleDetector {

  /** A rejection: a code from {@link Reasons} and a detail for people. */
  public record Verdict(String reason, String detail) {}

  private static final Pattern CONSENT =
      Pattern.compile("(?i)(?:^|[\\s_-])(consent|cookies?|gdpr|cmp|privacy-?wall)(?:$|[\\s_-])");
  private static final Pattern NOT_FOUND =
      Pattern.compile("(?i)\\b404\\b|\\bnot found\\b|\\bpage not found\\b|\\berror\\b");
  private static final int MIN_FRONT_LINKS = 3;
  private static final double FRONT_LINK_SHARE = 0.5;
  private static final int GALLERY_IMAGES = 3;
  private static final int MAX_TEXT = 200_000;
  private static final int MAX_CONSENT_CANDIDATES = 20;

  /** A body this many times the word minimum is an article even beside a large consent notice. */
  private static final int CONSENT_WORDS_FACTOR = 4;

  private final int minWords;

  public NonArticleDetector(int minWords) {
    this.minWords = minWords;
  }

  /**
   * Null when the body makes an article, else why not.
   *
   * @param blocks the body blocks, or null when no container was found
   */
  public Verdict verdict(Document doc, String title, List<BodyBlock> blocks) {
    int enough = minWords * CONSENT_WORDS_FACTOR;
    // counted only up to what settles it: a long article stops early; below that, the count is
    // whole (the verdict's detail gives it)
    int words = blocks == null ? 0 : wordsUpTo(blocks, enough);
    if (blocks != null && words >= enough) {
      return null;
    }
    Element body = doc.body();
    if (body == null) {
      return new Verdict(Reasons.EMPTY, "page has no body");
    }
    // a consent notice may read like prose and become the "body": checked before the word limit
    Element consent = consentNotice(doc, body);
    if (consent != null) {
      return new Verdict(
          Reasons.CONSENT_WALL,
          "a cookie/consent notice (%s) holds the page text; no article text behind it"
              .formatted(describe(consent)));
    }
    if (blocks != null && words >= minWords) {
      return null;
    }
    String heading = firstHeading(doc, title);
    if (heading != null && NOT_FOUND.matcher(heading).find()) {
      return new Verdict(Reasons.NOT_ARTICLE, "error or not-found page: \"" + heading + "\"");
    }
    if (body.selectFirst("video, iframe[src*=player], iframe[src*=video], [class*=video-player]")
        != null) {
      return new Verdict(
          Reasons.NOT_ARTICLE,
          "video page: a video player and %d word(s) of text".formatted(words));
    }
    int images = body.select("img, picture").size();
    if (images >= GALLERY_IMAGES && words < minWords) {
      return new Verdict(
          Reasons.NOT_ARTICLE,
          "gallery: %d image(s) and %d word(s) of text".formatted(images, words));
    }
    int links = body.select("a[href]").size();
    if (links >= MIN_FRONT_LINKS && linkShare(body) >= FRONT_LINK_SHARE) {
      return new Verdict(
          Reasons.NOT_ARTICLE,
          "section front or tag page: %d link(s) make most of the text, %d word(s) of article text"
              .formatted(links, words));
    }
    if (blocks == null) {
      return new Verdict(Reasons.NOT_ARTICLE, "no article body container found");
    }
    if (blocks.isEmpty()) {
      return new Verdict(Reasons.EMPTY, "article body container holds no text");
    }
    long paragraphs = blocks.stream().filter(b -> b.kind() != Kind.HEADING).count();
    return new Verdict(
        Reasons.NOT_ARTICLE,
        "body has %d paragraph(s) and %d word(s); an article needs at least %d words"
            .formatted(paragraphs, words, minWords));
  }

  /**
   * Body words, a CJK character counting as half a word; once the count reaches {@code limit}, the
   * count so far.
   */
  private static int wordsUpTo(List<BodyBlock> blocks, int limit) {
    int words = 0;
    for (int i = 0; i < blocks.size() && words < limit; i++) {
      words += TextWeight.words(blocks.get(i).text());
    }
    return words;
  }

  /** The outermost consent-named element holding at least half of the page text, or null. */
  private static Element consentNotice(Document doc, Element body) {
    int total = -1; // the page text is measured only once a consent-named element is found
    int checked = 0;
    // body.select("[id], [class]"), from the shared index; the names are checked before the
    // (costlier) climb that tells whether the element is inside the body
    List<Element> named = PageIndex.of(doc).select((e, c) -> e.hasAttr("id") || c != null);
    for (Element e : named) {
      String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
      if (!namesConsent(names) || !PageIndex.isWithin(e, body)) {
        continue;
      }
      if (total < 0) {
        total = Math.max(1, Math.min(body.text().length(), MAX_TEXT));
      }
      if (e.text().length() * 2 >= total) {
        return e;
      }
      if (++checked >= MAX_CONSENT_CANDIDATES) {
        break;
      }
    }
    return null;
  }

  /**
   * Whether lower-cased names hold a consent word as {@link #CONSENT} reads it. Most pages have
   * hundreds of named elements and none of them holds one of the words, so the substrings the
   * pattern needs are looked for first and the pattern runs only on the few that hold one.
   */
  private static boolean namesConsent(String names) {
    boolean mayMatch =
        names.contains("consent")
            || names.contains("cookie")
            || names.contains("gdpr")
            || names.contains("cmp")
            || names.contains("privacy");
    return mayMatch && CONSENT.matcher(names).find();
  }

  /** Share of the visible text (page furniture included) that is link text. */
  private static double linkShare(Element body) {
    int linkText = 0;
    for (Element a : body.select("a[href]")) {
      linkText += a.text().length();
      if (linkText > MAX_TEXT) {
        break;
      }
    }
    int all = body.text().length();
    return all == 0 ? 0 : Math.min(1.0, (double) linkText / all);
  }

  private static String firstHeading(Document doc, String title) {
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    if (title != null) {
      return title;
    }
    String docTitle = doc.title();
    return docTitle.isBlank() ? null : docTitle.strip();
  }

  private static String describe(Element e) {
    String id = e.id().isEmpty() ? "" : "#" + e.id();
    return e.normalName() + id;
  }
}
