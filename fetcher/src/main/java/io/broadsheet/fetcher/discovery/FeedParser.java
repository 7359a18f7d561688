package io.broadsheet.fetcher.discovery;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads the item links of an RSS 0.9x, 1.0 or 2.0 or Atom feed with Rome. An item's URL is its
 * {@code link} (Atom: the {@code alternate} link), else its {@code guid}/{@code id} when that is an
 * http(s) URL; relative links are resolved against the feed URL. Its date is the published date,
 * else the updated date. Stateless and thread-safe.
 */
public final class FeedParser {

  /**
   * The items of {@code body}, in document order.
   *
   * @throws UnreadableDocumentException when it is not a feed Rome can read
   */
  public List<DiscoveredUrl> parse(byte[] body, String feedUrl) throws UnreadableDocumentException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new UnreadableDocumentException(
          "not a readable RSS or Atom feed: " + e.getMessage(), e);
    }
    List<DiscoveredUrl> urls = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      String link = link(entry);
      if (link != null) {
        urls.add(new DiscoveredUrl(resolve(feedUrl, link), date(entry)));
      }
    }
    return urls;
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return entry.getLink().strip();
    }
    for (SyndLink link : entry.getLinks()) {
      if ((link.getRel() == null || link.getRel().equals("alternate")) && link.getHref() != null) {
        return link.getHref().strip();
      }
    }
    String uri = entry.getUri();
    if (uri != null && (uri.startsWith("http://") || uri.startsWith("https://"))) {
      return uri.strip();
    }
    return null;
  }

  private static Instant date(SyndEntry entry) {
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant();
  }

  /** {@code link} resolved against {@code base}; as given when either is not a URI. */
  static String resolve(String base, String link) {
    try {
      return URI.create(base).resolve(link.replace(" ", "%20")).toString();
    } catch (IllegalArgumentException e) {
      return link;
    }
  }
}
