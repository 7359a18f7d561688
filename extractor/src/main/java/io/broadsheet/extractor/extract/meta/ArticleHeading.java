package io.broadsheet.extractor.extract.meta;

import io.broadsheet.extractor.extract.PageIndex;
import io.broadsheet.extractor.extract.body.NoiseHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The heading an article shows its reader, as a headline and, when the page marks one as an element
 * of its own, the kicker above it ({@code <h1><span class="kicker">Harbour storm</span> <span
 * class="headline">Ferries wait</span></h1>} reads as headline "Ferries wait", kicker "Harbour
 * storm").
 *
 * <p>An {@code <h1>} inside a breadcrumb trail is not that heading: sites that name the current
 * page in an {@code <h1>} at the end of the trail (for search engines) show the headline the reader
 * sees further down, often in an {@code <h2>} at the top of the article.
 */
record ArticleHeading(String headline, String kicker) {

  /** Headings looked at on a page without an article heading; bounds the work on index pages. */
  private static final int MAX_HEADINGS = 20;

  /** Class names that mark the kicker (overline, catchline, eyebrow...) part of a heading. */
  private static final Pattern KICKER_CLASS =
      Pattern.compile(
          "kicker|overline|catchline|topline|eyebrow|roofline|dachzeile|spitzmarke|supertitle"
              + "|pretitle|preheadline");

  /** Class names that mark the headline part of a heading ("subtitle" and the like excluded). */
  private static final Pattern HEADLINE_CLASS =
      Pattern.compile("(?<!sub)headline|(?<![a-z])title(?![a-z])");

  /**
   * The article's heading: its {@code <h1>} (or {@code itemprop=headline} element), else the page's
   * only {@code <h1>}, else the {@code <h1>} or article {@code <h2>} that reads as one of the
   * {@code declared} titles (JSON-LD headline, og:title) with or without its kicker; an {@code
   * <h1>} in a breadcrumb trail only when there is nothing else. Null when there is no heading.
   */
  static ArticleHeading find(Document doc, String... declared) {
    // the shared index instead of three page-wide selects: each would walk the whole tree again
    PageIndex index = PageIndex.of(doc);
    // doc.select("article h1, main h1, [itemprop=headline]"): the page-wide pass only when there
    // are microdata headlines to put in order among the <h1>s
    List<Element> marked =
        index.withItemprop("headline").isEmpty()
            ? inArticleOrMain(index.byTag("h1"))
            : index.select(
                (e, c) ->
                    (e.normalName().equals("h1") && inArticleOrMain(e))
                        || PageIndex.attrIs(e, "itemprop", "headline"));
    for (Element candidate : marked) {
      if (!Clean.key(candidate.text()).isEmpty() && !inTrail(candidate) && !isUnseen(candidate)) {
        return read(candidate);
      }
    }
    List<Element> all = new ArrayList<>(index.byTag("h1"));
    all.removeIf(ArticleHeading::isUnseen);
    List<Element> headings = new ArrayList<>();
    List<Element> trail = new ArrayList<>();
    for (Element h1 : all) {
      (inTrail(h1) ? trail : headings).add(h1);
    }
    if (all.size() == 1 && headings.size() == 1) {
      return read(headings.get(0));
    }
    ArticleHeading heading = matching(headings, declared);
    if (heading == null) {
      // no <h1> for the article: its heading may be an <h2> at its top, counted only when it is
      // one of the declared titles, never a section heading of the text
      heading = matching(inArticleOrMain(index.byTag("h2")), declared);
    }
    if (heading == null && !trail.isEmpty()) {
      // the trail names the page as its search title does: better than no heading at all
      heading = trail.size() == 1 ? read(trail.get(0)) : matching(trail, declared);
    }
    return heading;
  }

  /**
   * Class words of text kept for screen readers only ("sr-only", "visually-hidden", Korean sites'
   * "blind"): a heading so marked names the page for assistive technology ("Article detail"), and
   * the reader sees the headline elsewhere.
   */
  private static final Pattern SCREEN_READER_ONLY =
      Pattern.compile(
          "(?:^|[\\s_-])(?:sr-only|screen-reader-text|screen-reader-only|visually-?hidden"
              + "|visuallyhidden|a11y-hidden|offscreen|blind)(?:\\s|$)");

  /** Whether the heading is hidden from the reader: hidden outright, or for screen readers only. */
  private static boolean isUnseen(Element heading) {
    String classes = heading.className().toLowerCase(Locale.ROOT);
    // Tailwind's "sr-only sm:not-sr-only": hidden on small screens only, a heading for the rest
    return NoiseHints.isHidden(heading)
        || (!classes.isEmpty()
            && SCREEN_READER_ONLY.matcher(classes).find()
            && !classes.contains("not-sr-only"));
  }

  /** The elements inside an {@code <article>} or {@code <main>}, as {@code article x, main x}. */
  private static List<Element> inArticleOrMain(List<Element> elements) {
    List<Element> inside = new ArrayList<>();
    for (Element e : elements) {
      if (inArticleOrMain(e)) {
        inside.add(e);
      }
    }
    return inside;
  }

  private static boolean inArticleOrMain(Element e) {
    return PageIndex.ancestor(e, "article") != null || PageIndex.ancestor(e, "main") != null;
  }

  /**
   * The first heading whose headline, with or without its kicker, is one of the declared titles.
   */
  private static ArticleHeading matching(List<Element> headings, String... declared) {
    List<String> keys = new ArrayList<>();
    for (String title : declared) {
      if (!Clean.key(title).isEmpty()) {
        keys.add(Clean.key(title));
      }
    }
    for (Element element : headings.subList(0, Math.min(headings.size(), MAX_HEADINGS))) {
      ArticleHeading heading = read(element);
      if (heading.headline() != null
          && (keys.contains(Clean.key(heading.headline()))
              || keys.contains(Clean.key(element.text())))) {
        return heading;
      }
    }
    return null;
  }

  /**
   * Whether {@code element} sits in a breadcrumb trail: a {@code BreadcrumbList} or an element
   * whose class or id names a breadcrumb. (Not any {@code <nav>}: a bar that names the page being
   * read is a copy of its headline, not a trail.)
   */
  static boolean inTrail(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      String tag = e.normalName();
      if (tag.equals("article") || tag.equals("body")) {
        return false;
      }
      String marks =
          (e.className() + " " + e.id() + " " + e.attr("itemtype")).toLowerCase(Locale.ROOT);
      if (marks.contains("breadcrumb")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The heading's text, split into kicker and headline when it is made of exactly two elements and
   * their class names say which is which; else all of its text as the headline.
   */
  static ArticleHeading read(Element heading) {
    Element box = heading;
    // look through wrappers: <h1><a href=...><span>kicker</span><span>headline</span></a></h1>
    while (box.childrenSize() == 1 && Clean.key(box.ownText()).isEmpty()) {
      box = box.child(0);
    }
    List<Element> parts = new ArrayList<>();
    for (Element child : box.children()) {
      // separators written as elements of their own (" - " hidden from the eye) are not parts
      if (!Clean.key(child.text()).isEmpty()) {
        parts.add(child);
      }
    }
    if (parts.size() == 2
        && Clean.key(box.ownText()).isEmpty()
        && marksKickerAndHeadline(parts.get(0), parts.get(1))) {
      return new ArticleHeading(Clean.text(parts.get(1).text()), Clean.text(parts.get(0).text()));
    }
    return new ArticleHeading(Clean.text(heading.text()), null);
  }

  /**
   * The first part's class marks a kicker, or the second's marks the headline and the first's not.
   */
  private static boolean marksKickerAndHeadline(Element first, Element second) {
    String firstClass = first.className().toLowerCase(Locale.ROOT);
    String secondClass = second.className().toLowerCase(Locale.ROOT);
    if (KICKER_CLASS.matcher(firstClass).find()) {
      return true;
    }
    return HEADLINE_CLASS.matcher(secondClass).find()
        && !HEADLINE_CLASS.matcher(firstClass).find()
        && !KICKER_CLASS.matcher(secondClass).find();
  }
}
