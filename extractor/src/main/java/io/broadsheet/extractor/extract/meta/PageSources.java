package io.broadsheet.extractor.extract.meta;

import java.lang.ref.WeakReference;
import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * The metadata sources of one page, read once and shared by every metadata extractor of the chain:
 * the JSON-LD, the meta tags and the site's names made of them. A one-entry per-thread cache keyed
 * by the document's identity avoids re-reading them for each field while keeping extractors
 * stateless and thread-safe; the document is held weakly so the cache never keeps a page alive.
 */
final class PageSources {

  private static final ThreadLocal<PageSources> LAST = new ThreadLocal<>();

  private final WeakReference<Document> doc;
  private final JsonLd jsonLd;
  private final MetaTags meta;
  private SiteNames siteNames;
  private String siteNamesUrl;

  private PageSources(Document doc) {
    this.doc = new WeakReference<>(doc);
    this.jsonLd = new JsonLd(doc);
    this.meta = new MetaTags(doc);
  }

  /** The sources of {@code doc}, read now or taken from the previous extractor on this thread. */
  static PageSources of(Document doc) {
    PageSources last = LAST.get();
    if (last != null && last.doc.get() == doc) {
      return last;
    }
    PageSources sources = new PageSources(doc);
    LAST.set(sources);
    return sources;
  }

  JsonLd jsonLd() {
    return jsonLd;
  }

  MetaTags meta() {
    return meta;
  }

  /**
   * What the page calls its site, at {@code url} (the page's final URL): built once per page, where
   * the title, authors and section extractors each need it.
   */
  SiteNames siteNames(String url) {
    if (siteNames == null || !Objects.equals(url, siteNamesUrl)) {
      siteNames = SiteNames.of(this, url);
      siteNamesUrl = url;
    }
    return siteNames;
  }
}
