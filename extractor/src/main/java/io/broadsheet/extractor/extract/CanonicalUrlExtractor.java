package io.broadsheet.extractor.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The canonical URL: {@code <link rel=canonical>}, else {@code og:url}, else the final URL. A
 * candidate is used only when it resolves (against the final URL) to an absolute http(s) URL with a
 * host; relative hrefs are resolved.
 */
public final class CanonicalUrlExtractor implements FieldExtractor {

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    String canonical = null;
    PageIndex index = PageIndex.of(doc);
    Element link = index.canonicalLink();
    if (link != null) {
      canonical = httpUrl(link.absUrl("href"));
    }
    if (canonical == null) {
      for (Element meta : index.byTag("meta")) {
        if (PageIndex.attrIs(meta, "property", "og:url") && meta.hasAttr("content")) {
          canonical = httpUrl(meta.absUrl("content"));
          break;
        }
      }
    }
    draft.canonicalUrl(canonical == null ? ctx.finalUrl() : canonical);
  }

  /** The URL when it is an absolute http(s) URL with a host, else null. */
  static String httpUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean http = scheme.equals("http") || scheme.equals("https");
      return http && uri.getHost() != null ? uri.toString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
