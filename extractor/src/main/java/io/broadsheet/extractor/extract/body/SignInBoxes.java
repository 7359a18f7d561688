package io.broadsheet.extractor.extract.body;

import io.broadsheet.extractor.extract.PageIndex;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;

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

  /** A box with more text than this is a part of the page around the offer, not the offer. */
  static final int MAX_BOX_CHARS = 400;

  /** A paragraph this long is prose: the box around the button never takes it in. */
  static final int MAX_PARAGRAPH_CHARS = 150;

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

  /** Whether a path segment of {@code href} names an account or subscription page. */
  static boolean leadsToAccountPage(String href) {
    int end = href.length();
    int query = indexOfAny(href, '?', '#');
    if (query >= 0) {
      end = query;
    }
    int start = href.indexOf("//");
    start = start < 0 ? 0 : href.indexOf('/', start + 2);
    if (start < 0) {
      return false;
    }
    while (start < end) {
      int next = href.indexOf('/', start + 1);
      int segmentEnd = next < 0 || next > end ? end : next;
      int dot = href.indexOf('.', start + 1);
      int nameEnd = dot < 0 || dot > segmentEnd ? segmentEnd : dot;
      for (String segment : ACCOUNT_SEGMENTS) {
        int from = href.charAt(start) == '/' ? start + 1 : start;
        if (nameEnd - from == segment.length()
            && href.regionMatches(true, from, segment, 0, segment.length())) {
          return true;
        }
      }
      start = segmentEnd;
    }
    return false;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
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
    if (e.text().length() > MAX_BOX_CHARS) {
      return false;
    }
    for (Element p : e.getElementsByTag("p")) {
      if (p.text().length() > MAX_PARAGRAPH_CHARS) {
        return false;
      }
    }
    return true;
  }
}
