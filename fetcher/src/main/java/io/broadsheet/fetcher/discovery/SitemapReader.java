package io.broadsheet.fetcher.discovery;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one sitemap document with crawler-commons' {@link SiteMapParser}: an XML sitemap (plain or
 * gzip-compressed), a Google News sitemap, or a sitemap index. An entry's date is its {@code
 * news:publication_date} when it has one, else its {@code lastmod}. The parser is lenient about
 * where the listed URLs live (not "strict"): news sites often list article URLs outside the
 * sitemap's directory. Thread-safe (a parser per call).
 */
public final class SitemapReader {

  /** What a sitemap document holds: URLs, or (for an index) more sitemaps. */
  public sealed interface Sitemap {}

  /** A sitemap of URLs. */
  public record Urls(List<DiscoveredUrl> urls) implements Sitemap {}

  /** A sitemap index: child sitemaps with their {@code lastmod} (or null). */
  public record Index(List<DiscoveredUrl> sitemaps) implements Sitemap {}

  /**
   * Parses {@code body}, fetched from {@code url} with media type {@code mediaType} (null when
   * unknown).
   *
   * @throws UnreadableDocumentException when it is no sitemap
   */
  public Sitemap parse(String mediaType, byte[] body, String url)
      throws UnreadableDocumentException {
    SiteMapParser parser = new SiteMapParser(false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      URL location = URI.create(url).toURL();
      map =
          parser.parseSiteMap(
              mediaType == null ? "application/octet-stream" : mediaType, body, location);
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      throw new UnreadableDocumentException("not a readable sitemap: " + e.getMessage(), e);
    }
    if (map instanceof SiteMapIndex index) {
      List<DiscoveredUrl> children = new ArrayList<>();
      for (AbstractSiteMap child : index.getSitemaps()) {
        children.add(
            new DiscoveredUrl(
                child.getUrl().toString(),
                child.getLastModified() == null ? null : child.getLastModified().toInstant()));
      }
      return new Index(children);
    }
    List<DiscoveredUrl> urls = new ArrayList<>();
    for (SiteMapURL entry : ((SiteMap) map).getSiteMapUrls()) {
      urls.add(new DiscoveredUrl(entry.getUrl().toString(), date(entry)));
    }
    return new Urls(urls);
  }

  private static Instant date(SiteMapURL entry) {
    ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
    if (news != null) {
      for (ExtensionMetadata metadata : news) {
        if (metadata instanceof NewsAttributes attributes
            && attributes.getPublicationDateTime() != null) {
          return attributes.getPublicationDateTime().toInstant();
        }
      }
    }
    return entry.getLastModified() == null ? null : entry.getLastModified().toInstant();
  }
}
