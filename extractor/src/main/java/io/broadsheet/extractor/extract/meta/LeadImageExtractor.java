package io.broadsheet.extractor.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.events.ArticleExtracted.LeadImage;
import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The lead image: {@code og:image}, else the JSON-LD article's {@code image} (a URL, an
 * ImageObject, or an array of either: the first), else {@code twitter:image}; resolved against the
 * page URL. Caption and credit come from the JSON-LD ImageObject ({@code caption}, {@code
 * creditText}, {@code copyrightHolder}) when it describes the same image, else from the {@code
 * <figure>} in the article showing it ({@code <figcaption>}).
 */
public final class LeadImageExtractor implements FieldExtractor {

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    JsonNode image = firstImage(sources.jsonLd().article());
    String ldUrl =
        image == null
            ? null
            : (image.isObject() ? JsonLd.text(image, "url") : Clean.text(image.asText()));
    String url = sources.meta().first("og:image", "og:image:url", "og:image:secure_url");
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
    if (caption == null) {
      caption = figureCaption(doc, url);
    }
    draft.leadImage(new LeadImage(url, caption, credit));
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
    int seen = 0;
    for (Element figure : doc.select("figure:has(figcaption)")) {
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
