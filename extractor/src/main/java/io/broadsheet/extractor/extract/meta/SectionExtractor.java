package io.broadsheet.extractor.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import io.broadsheet.extractor.extract.PageIndex;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The section: JSON-LD {@code articleSection}, else {@code article:section}, else {@code
 * parsely-section}, else the last-but-one item of a JSON-LD BreadcrumbList (the last is usually the
 * article itself; the home page is no section), else the section label shown above the headline
 * inside the article (an element whose class names a category, section, kicker or rubric, holding a
 * short label): the page's own words for where it filed the story. A value that is only a CMS's
 * word for "not filed" ("post", "Uncategorized", "All"), or the site's own name, gives way to the
 * next source.
 */
public final class SectionExtractor implements FieldExtractor {

  private static final Set<String> BREADCRUMB = Set.of("breadcrumblist");

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    SiteNames site = sources.siteNames(ctx.finalUrl());
    String section = filed(JsonLd.text(sources.jsonLd().article(), "articleSection"), site);
    if (section == null) {
      section = filed(sources.meta().first("article:section", "parsely-section", "section"), site);
    }
    if (section == null) {
      section =
          filed(fromBreadcrumb(sources.jsonLd().firstOfType(BREADCRUMB), ctx.finalUrl()), site);
    }
    if (section == null) {
      section = filed(labelAboveHeadline(doc), site);
    }
    if (section != null) {
      draft.section(section);
    }
  }

  /**
   * What a CMS writes when nobody filed the story: its content type ("post", "article"), its
   * catch-all category ("Uncategorized", "All") or an unset value ("null"). Lower case.
   */
  private static final Set<String> UNFILED =
      Set.of(
          "post",
          "posts",
          "page",
          "article",
          "articles",
          "story",
          "uncategorized",
          "uncategorised",
          "all",
          "none",
          "null",
          "undefined",
          "default",
          "sin categoría",
          "sem categoria",
          "non classé",
          "senza categoria",
          "ohne kategorie");

  /**
   * {@code section}, or null when it only says the story was not filed anywhere, or is the site's
   * own name (a breadcrumb whose home page is not at "/", such as "/index").
   */
  private static String filed(String section, SiteNames site) {
    return section == null
            || UNFILED.contains(section.toLowerCase(Locale.ROOT))
            || site.isExactlySiteName(section)
        ? null
        : section;
  }

  private static final int MAX_LABEL_CHARS = 40;
  private static final int MAX_LABEL_WORDS = 4;
  private static final int MAX_SCANNED = 30;

  /** A short category label before the {@code <h1>} of the article, or null. */
  private static String labelAboveHeadline(Document doc) {
    PageIndex index = PageIndex.of(doc);
    Element scope = index.first("article");
    if (scope == null || scope.selectFirst("h1") == null) {
      return null;
    }
    int seen = 0;
    // scope.select("h1, [class*=categor], [class*=section], [class*=kicker], [class*=rubric],
    // [class*=eyebrow]"): the article itself included
    List<Element> candidates =
        index.select(
            (e, c) ->
                (e.normalName().equals("h1")
                        || (c != null
                            && (c.contains("categor")
                                || c.contains("section")
                                || c.contains("kicker")
                                || c.contains("rubric")
                                || c.contains("eyebrow"))))
                    && PageIndex.isWithin(e, scope));
    for (Element el : candidates) {
      if (el.normalName().equals("h1") || ++seen > MAX_SCANNED) {
        return null;
      }
      String text = Clean.text(el.text());
      if (text != null
          && text.length() <= MAX_LABEL_CHARS
          && text.split("\\s+").length <= MAX_LABEL_WORDS
          && el.selectFirst("h1, h2, p, img") == null) {
        return text;
      }
    }
    return null;
  }

  /**
   * The section a BreadcrumbList names: the last-but-one item (the last is usually the article
   * itself). The site's home page ("Home" at "/") is no section: a trail of the home page and one
   * page that is not this one ("Home > News") stops at the section, which is that page.
   */
  private static String fromBreadcrumb(JsonNode list, String pageUrl) {
    JsonNode items = list == null ? null : list.get("itemListElement");
    if (items == null || !items.isArray() || items.size() < 2) {
      return null;
    }
    JsonNode item = items.get(items.size() - 2);
    if ("".equals(path(itemUrl(item)))) {
      JsonNode last = items.get(items.size() - 1);
      String lastPath = path(itemUrl(last));
      if (items.size() != 2 || lastPath == null || lastPath.equals(path(pageUrl))) {
        return null;
      }
      item = last;
    }
    String name = JsonLd.text(item, "name");
    if (name == null) {
      List<String> names = JsonLd.texts(item, "item");
      name = names.isEmpty() ? null : names.get(0);
    }
    return name;
  }

  /** The URL an item of a BreadcrumbList links to: {@code item} as a URL or its {@code @id}. */
  private static String itemUrl(JsonNode item) {
    JsonNode target = item == null ? null : item.get("item");
    if (target == null) {
      return null;
    }
    return target.isObject() ? JsonLd.text(target, "@id") : Clean.text(target.asText());
  }

  /** A URL's path without its trailing slash ("" for the home page), or null when not a URL. */
  private static String path(String url) {
    if (url == null || !url.startsWith("http")) {
      return null;
    }
    try {
      String path = URI.create(url.trim()).getPath();
      return path == null ? "" : path.replaceAll("/+$", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
