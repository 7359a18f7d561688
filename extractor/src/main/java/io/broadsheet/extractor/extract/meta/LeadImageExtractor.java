package io.broadsheet.extractor.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.events.ArticleExtracted.LeadImage;
import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import io.broadsheet.extractor.extract.PageIndex;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The lead image: the first sizeable image the article itself shows (in a figure or picture inside
 * the article, not the author's portrait in the byline box, nor a teaser card's picture before the
 * article around the headline or in an {@code <article>} classed as a card, nor one after the end
 * of the story's {@code <article>}; the image readers see, where og:image is often a social-media
 * crop), else {@code og:image}, else the JSON-LD article's {@code image} (a URL, an ImageObject, or
 * an array of either: the first), else {@code twitter:image}; resolved against the page URL.
 * Caption and credit come from the JSON-LD ImageObject ({@code caption}, {@code creditText}, {@code
 * copyrightHolder}) when it describes the same image, else from the {@code <figure>} in the article
 * showing it ({@code <figcaption>}); a credit written at the end of that caption ("(Photo: ...)")
 * is split off into the credit ({@link CaptionCredit}).
 */
public final class LeadImageExtractor implements FieldExtractor {

  private static final int MIN_SIDE = 150;

  /**
   * Names of pictures no reader sees as a story's: logos, icons, avatars, sprites, and the
   * placeholders lazy loading shows until a script swaps the picture in ("blank.gif", a
   * "1x1-000000.png" pixel in a {@code srcset}).
   */
  private static final Pattern SMALL_OR_DECORATIVE =
      Pattern.compile(
          "(?i)logo|icon|avatar|sprite|placeholder|blank\\.gif|pixel|(?<![0-9])1x1(?![0-9])");

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    JsonNode image = firstImage(sources.jsonLd().article());
    String ldUrl =
        image == null
            ? null
            : (image.isObject() ? JsonLd.text(image, "url") : Clean.text(image.asText()));
    Element shown = shownImage(doc);
    String url = shown == null ? null : imageUrl(shown);
    if (url == null) {
      url = sources.meta().first("og:image", "og:image:url", "og:image:secure_url");
    }
    if (url == null) {
      url = ldUrl;
    }
    if (url == null) {
      url = sources.meta().first("twitter:image", "twitter:image:src");
    }
    url = absolute(doc, url);
    if (url == null) {
      return;
    }
    String caption = null;
    String credit = null;
    if (image != null && image.isObject() && url.equals(absolute(doc, ldUrl))) {
      caption = JsonLd.text(image, "caption");
      credit = JsonLd.text(image, "creditText");
      if (credit == null) {
        credit = JsonLd.text(image, "copyrightHolder");
      }
    }
    if (caption == null && shown != null) {
      Element figure = shown.closest("figure");
      Element figcaption = figure == null ? null : figure.selectFirst("figcaption");
      caption = figcaption == null ? null : Clean.text(figcaption.text());
    }
    if (caption == null) {
      caption = figureCaption(doc, url);
    }
    if (credit == null) {
      CaptionCredit.Split split = CaptionCredit.split(caption);
      caption = split.caption();
      credit = split.credit();
    }
    draft.leadImage(new LeadImage(url, caption, credit));
  }

  /**
   * The first sizeable image the article shows: in a {@code <figure>} or {@code <picture>} inside
   * the article container, not a data: URI, an icon, a logo or an avatar, nor declared smaller than
   * {@link #MIN_SIDE} pixels.
   */
  private static Element shownImage(Document doc) {
    PageIndex index = PageIndex.of(doc);
    Element scope = null;
    // article, [itemprop=articleBody], main; not an article named as a card for other stories: on
    // a page whose own story has no such element, the first <article> is often a teaser card, and
    // its picture would pass for the lead
    for (Element e : index.elements()) {
      if ((e.normalName().equals("article")
              || e.normalName().equals("main")
              || PageIndex.attrIs(e, "itemprop", "articleBody"))
          && !namesOtherStories(e)) {
        scope = e;
        break;
      }
    }
    if (scope == null) {
      return null;
    }
    scope = headlineArticle(index, scope);
    // a scope wider than the story (main) holds the story's <article> and, often, boxes of other
    // stories after it: a lead picture stands above the story or in it, never after its end
    Element story = scope.normalName().equals("article") ? null : storyArticleWithin(index, scope);
    int seen = 0;
    for (Element img : index.byTag("img")) {
      if (!inFigureWithin(img, scope)) {
        continue;
      }
      if (story != null
          && !PageIndex.isWithin(img, story)
          && index.firstInOrder(story, img) == story) {
        break;
      }
      if (++seen > 20) {
        break;
      }
      String url = imageUrl(img);
      if (url == null || SMALL_OR_DECORATIVE.matcher(url).find() || tooSmall(img)) {
        continue;
      }
      return img;
    }
    return null;
  }

  /**
   * The {@code <article>} around the headline instead of {@code scope} when {@code scope} is a
   * teaser card (it does not hold the headline) or holds teaser cards before the article: the first
   * figure there would be another story's picture. A scope holding the headline's article and no
   * teaser before it is kept, as the lead image may stand above the article element.
   */
  private static Element headlineArticle(PageIndex index, Element scope) {
    List<Element> headlines = index.byTag("h1");
    Element article = headlines.isEmpty() ? null : PageIndex.ancestor(headlines.get(0), "article");
    if (article == null || article == scope) {
      return scope;
    }
    if (!PageIndex.isWithin(article, scope)) {
      return article;
    }
    for (Element other : index.byTag("article")) {
      if (other == article) {
        return scope;
      }
      if (PageIndex.isWithin(other, scope) && !PageIndex.isWithin(article, other)) {
        return article; // a teaser card before the article
      }
    }
    return scope;
  }

  /**
   * Whether {@code scope.select("figure img, picture img")} holds {@code img}: a figure or picture
   * above it, at or below {@code scope} (a select looks no higher than its root).
   */
  private static boolean inFigureWithin(Element img, Element scope) {
    boolean inFigure = false;
    int level = 0;
    for (Element p = img.parent(); p != null; p = p.parent()) {
      inFigure |= p.normalName().equals("figure") || p.normalName().equals("picture");
      if (p == scope) {
        return inFigure;
      }
      if (++level <= BYLINE_BOX_LEVELS && isBylinePart(p)) {
        return false; // the author's portrait in the byline box, however large
      }
    }
    return false;
  }

  /** The first {@code <article>} inside {@code scope} not named as a card for other stories. */
  private static Element storyArticleWithin(PageIndex index, Element scope) {
    for (Element article : index.byTag("article")) {
      if (article != scope && PageIndex.isWithin(article, scope) && !namesOtherStories(article)) {
        return article;
      }
    }
    return null;
  }

  /**
   * Class or id parts naming a card or box for other stories. Only asked of an {@code <article>}
   * candidate for the scope, not of the boxes around an image: German sites call the article's own
   * lead picture a "teaser-image".
   */
  private static final String[] OTHER_STORY_PARTS = {"teaser", "promo", "related", "recommend"};

  /**
   * Whether the element's class or id names a teaser, promotion or related-stories box: {@code
   * [class*=teaser], [id*=teaser], ...}, read as {@link #isBylinePart} reads the byline box.
   */
  private static boolean namesOtherStories(Element e) {
    for (String part : OTHER_STORY_PARTS) {
      if (PageIndex.attrContains(e, "class", part) || PageIndex.attrContains(e, "id", part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How far above an image its byline box is looked for: the box wraps the portrait closely
   * (picture, link, avatar frame), where a page wrapper whose class happens to name the author
   * ("article-author-ruler") sits far above the lead figure.
   */
  private static final int BYLINE_BOX_LEVELS = 5;

  private static final String[] BYLINE_CLASS_PARTS = {"author", "avatar", "byline"};

  /** {@code [class*=author], [class*=avatar], [class*=byline]}, as the page index reads them. */
  private static boolean isBylinePart(Element e) {
    for (String part : BYLINE_CLASS_PARTS) {
      if (PageIndex.attrContains(e, "class", part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean tooSmall(Element img) {
    for (String side : new String[] {"width", "height"}) {
      String value = img.attr(side).replaceAll("[^0-9]", "");
      if (!value.isEmpty() && value.length() < 6 && Integer.parseInt(value) < MIN_SIDE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The image's absolute URL from a lazy-loading attribute, src, or the first srcset entry. A lazy
   * attribute comes first: where a script swaps it in, {@code src} holds a placeholder
   * ("lazyload-fallback.gif", a grey pixel) that readers never see.
   */
  private static String imageUrl(Element img) {
    for (String attr : new String[] {"data-src", "data-lazy-src", "data-original", "src"}) {
      // an empty src="" resolves to the page's own address: no picture at all
      String url = img.attr(attr).isBlank() ? "" : img.absUrl(attr);
      if (!url.isEmpty() && !url.startsWith("data:")) {
        return url;
      }
    }
    String srcset = img.hasAttr("srcset") ? img.attr("srcset") : img.attr("data-srcset");
    if (srcset.isBlank()) {
      Element picture = img.parent();
      Element source = picture == null ? null : picture.selectFirst("source[srcset]");
      srcset = source == null ? "" : source.attr("srcset");
    }
    String first = firstSrcsetUrl(srcset);
    return first.isEmpty() || first.startsWith("data:")
        ? null
        : absolute(img.ownerDocument(), first);
  }

  /**
   * The URL of a srcset's first candidate, read as the HTML standard does: leading spaces and
   * commas are skipped, the URL runs to the next space, and only commas at its end separate it from
   * the next candidate. Image CDNs put commas inside URLs ("crops/w=800,h=450/a.jpg 800w"), which a
   * split on commas would cut.
   */
  static String firstSrcsetUrl(String srcset) {
    int start = 0;
    while (start < srcset.length()
        && (srcset.charAt(start) == ',' || Character.isWhitespace(srcset.charAt(start)))) {
      start++;
    }
    int end = start;
    while (end < srcset.length() && !Character.isWhitespace(srcset.charAt(end))) {
      end++;
    }
    while (end > start && srcset.charAt(end - 1) == ',') {
      end--;
    }
    return srcset.substring(start, end);
  }

  private static JsonNode firstImage(JsonNode article) {
    JsonNode image = article == null ? null : article.get("image");
    if (image != null && image.isArray()) {
      image = image.isEmpty() ? null : image.get(0);
    }
    return image;
  }

  private static String absolute(Document doc, String url) {
    if (url == null) {
      return null;
    }
    Element a = doc.createElement("a").attr("href", url);
    a.setBaseUri(doc.location());
    String abs = a.absUrl("href");
    return abs.isEmpty() ? null : abs;
  }

  /** The caption of the figure whose image has the same file name, searched in the article. */
  private static String figureCaption(Document doc, String url) {
    String file = url.replaceFirst("[?#].*$", "");
    file = file.substring(file.lastIndexOf('/') + 1);
    if (file.length() < 5) {
      return null;
    }
    PageIndex index = PageIndex.of(doc);
    // figure:has(figcaption): the figures above some figcaption
    Set<Element> captioned = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element figcaption : index.byTag("figcaption")) {
      for (Element p = figcaption.parent(); p != null; p = p.parent()) {
        if (p.normalName().equals("figure")) {
          captioned.add(p);
        }
      }
    }
    int seen = 0;
    for (Element figure : index.byTag("figure")) {
      if (!captioned.contains(figure)) {
        continue;
      }
      if (++seen > 20) {
        break;
      }
      for (Element img : figure.select("img, source")) {
        String src = img.attr("src") + " " + img.attr("srcset") + " " + img.attr("data-src");
        if (src.contains(file)) {
          return Clean.text(figure.selectFirst("figcaption").text());
        }
      }
    }
    return null;
  }
}
