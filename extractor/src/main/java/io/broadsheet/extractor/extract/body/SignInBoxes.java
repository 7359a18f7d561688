package io.broadsheet.extractor.extract.body;

import io.broadsheet.extractor.extract.PageIndex;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Small boxes built around a button to log in, register or subscribe: the registration wall under a
 * cut-off article ("This article is for members. Register for free | Log in to read on", with the
 * benefits of an account listed), or a subscription offer. Found by where the button leads, a page
 * whose path names the act ({@code /login}, {@code /service/regist}, {@code /abo}), so they are
 * recognised in any language and whatever their class names ("cmp-misc021"). A link written into a
 * paragraph is not a button, and a box stops growing before it takes in a paragraph of prose or
 * much text: the article around an offer is never taken with it.
 */
final class SignInBoxes {

  /** Ancestors of the button looked at: its wrapper, the row of buttons, the offer, the box. */
  static final int MAX_LEVELS = 6;

  /**
   * A box with more text than this (spaces not counted) is a part of the page around the offer, not
   * the offer.
   */
  static final int MAX_BOX_CHARS = 350;

  /** A paragraph this long (spaces not counted) is prose: the box never takes it in. */
  static final int MAX_PARAGRAPH_CHARS = 100;

  /** Path segments naming an account or subscription page, compared ignoring case. */
  private static final String[] ACCOUNT_SEGMENTS = {
    "login",
    "log-in",
    "signin",
    "sign-in",
    "signup",
    "sign-up",
    "register",
    "regist",
    "registration",
    "subscribe",
    "subscription",
    "abo",
    "abonnement",
    "abonnieren",
    "anmelden",
    "registrieren",
    "connexion",
    "inscription",
    "suscripcion",
    "assinatura"
  };

  private static final int SHORTEST_SEGMENT =
      Arrays.stream(ACCOUNT_SEGMENTS).mapToInt(String::length).min().orElseThrow();

  private static final int LONGEST_SEGMENT =
      Arrays.stream(ACCOUNT_SEGMENTS).mapToInt(String::length).max().orElseThrow();

  private SignInBoxes() {}

  /** The elements of the page under {@code root} that are sign-in or subscription boxes. */
  static Set<Element> of(Element root) {
    Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element link : PageIndex.of(root.ownerDocument()).byTag("a")) {
      if (!leadsToAccountPage(link.attr("href")) || inParagraph(link)) {
        continue;
      }
      Element e = link.parent();
      for (int level = 0; level < MAX_LEVELS && e != null && e != root; level++, e = e.parent()) {
        if (boxes.contains(e) || isPageRegion(e) || !isSmallOffer(e)) {
          break;
        }
        boxes.add(e);
      }
    }
    return boxes;
  }

  /**
   * Whether a path segment of {@code href} names an account or subscription page. Every link of the
   * page is asked, so the segments are found with {@code indexOf} and a segment too long for an
   * account word is passed over unread.
   */
  static boolean leadsToAccountPage(String href) {
    int scheme = href.indexOf("//");
    int path = scheme < 0 ? 0 : href.indexOf('/', scheme + 2);
    if (path < 0) {
      return false;
    }
    int end = href.length();
    int query = href.indexOf('?', path);
    if (query >= 0) {
      end = query;
    }
    int fragment = href.indexOf('#', path);
    if (fragment >= 0 && fragment < end) {
      end = fragment;
    }
    for (int segment = path; segment <= end; ) {
      int slash = href.indexOf('/', segment);
      int segmentEnd = slash < 0 || slash > end ? end : slash;
      if (isAccountSegment(href, segment, segmentEnd)) {
        return true;
      }
      segment = segmentEnd + 1;
    }
    return false;
  }

  /** Whether {@code href[from, to)}, less any extension, is one of the account words. */
  private static boolean isAccountSegment(String href, int from, int to) {
    if (to - from < SHORTEST_SEGMENT) {
      return false;
    }
    int end = to;
    for (int i = from; i < to && i <= from + LONGEST_SEGMENT; i++) {
      if (href.charAt(i) == '.') {
        end = i;
        break;
      }
    }
    int length = end - from;
    if (length > LONGEST_SEGMENT) {
      return false;
    }
    for (String word : ACCOUNT_SEGMENTS) {
      if (word.length() == length && href.regionMatches(true, from, word, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** A link in running text ("register to vote at ...") is part of what the text says. */
  private static boolean inParagraph(Element link) {
    for (Element e = link.parent(); e != null; e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("p") || tag.equals("li") || tag.equals("blockquote")) {
        return true;
      }
      if (tag.equals("div") || tag.equals("section") || tag.equals("body")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isPageRegion(Element e) {
    String tag = e.normalName();
    return tag.equals("article") || tag.equals("main") || tag.equals("body");
  }

  /** Little text, and no paragraph of prose in it. */
  private static boolean isSmallOffer(Element e) {
    if (hasMoreTextThan(e, MAX_BOX_CHARS)) {
      return false;
    }
    for (Element p : e.getElementsByTag("p")) {
      if (hasMoreTextThan(p, MAX_PARAGRAPH_CHARS)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the element's text runs past {@code limit} characters (spaces not counted), read only
   * that far: the wrappers climbed from a button in the page's header may hold the whole page.
   */
  static boolean hasMoreTextThan(Element e, int limit) {
    int[] seen = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
              String value = text.getWholeText();
              for (int i = 0; i < value.length(); i++) {
                if (!Character.isWhitespace(value.charAt(i)) && ++seen[0] > limit) {
                  return FilterResult.STOP;
                }
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        e);
    return seen[0] > limit;
  }
}
