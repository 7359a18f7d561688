package io.broadsheet.fetcher.discovery;

import io.broadsheet.events.Reasons;
import io.broadsheet.fetcher.fetch.FetchOutcome;
import io.broadsheet.fetcher.fetch.ResourceClient;
import io.broadsheet.fetcher.fetch.ResourceOutcome;
import io.broadsheet.fetcher.fetch.ResourceRequest;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a source once through a {@link ResourceClient}: a conditional GET of its URL with the
 * validators of the last read, then the parser of its kind (detected from the document when the
 * source has none). Sitemap indexes are followed up to {@link Limits#maxSitemapDepth()} levels and
 * {@link Limits#maxSitemaps()} documents per read, skipping children whose {@code lastmod} is older
 * than {@link Limits#maxAge()}. A {@code site} source reads the sitemaps its robots.txt announces
 * and follows links from its page, unconditionally (its page may not change while its sitemaps do).
 * Thread-safe; never throws for anything the network sends.
 */
public final class SourceReader {

  /**
   * Bounds on one read.
   *
   * @param maxDocumentBytes cap on each decoded document
   * @param maxSitemaps most sitemap documents read per source read
   * @param maxSitemapDepth deepest index nesting followed (0: the index itself only)
   * @param maxAge index children with an older lastmod are skipped
   * @param siteMaxDepth default link depth for site sources
   * @param siteMaxPages most pages read per site source read
   * @param agent the robots.txt agent name
   */
  public record Limits(
      long maxDocumentBytes,
      int maxSitemaps,
      int maxSitemapDepth,
      java.time.Duration maxAge,
      int siteMaxDepth,
      int siteMaxPages,
      String agent) {}

  private static final String ACCEPT =
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9,"
          + " text/html;q=0.8, text/plain;q=0.8, */*;q=0.5";

  private final ResourceClient client;
  private final Limits limits;
  private final FeedParser feeds = new FeedParser();
  private final SitemapReader sitemaps = new SitemapReader();
  private final UrlListParser lists = new UrlListParser();
  private final KindDetector detector = new KindDetector();
  private final LinkExtractor links = new LinkExtractor();
  private final RobotsSitemaps robots = new RobotsSitemaps();

  public SourceReader(ResourceClient client, Limits limits) {
    this.client = client;
    this.limits = limits;
  }

  /** Reads {@code source} at {@code now}. */
  public ReadResult read(Source source, Instant now) {
    SourceSpec spec = source.spec();
    ResourceRequest request =
        new ResourceRequest(
            spec.url(), null, null, limits.maxDocumentBytes(), type -> true, ACCEPT);
    if (spec.kind() != SourceKind.SITE) {
      // A site's section page may stand still while the sitemaps its robots.txt names move on.
      request = request.ifChangedSince(source.etag(), source.lastModified());
    }
    ResourceOutcome outcome = client.get(request);
    if (outcome instanceof FetchOutcome.Failed failed) {
      return new ReadResult.Failed(failed.reason(), failed.detail(), failed.retryAfter());
    }
    ResourceOutcome.Received received = (ResourceOutcome.Received) outcome;
    if (received.notModified()) {
      return new ReadResult.NotModified();
    }
    String mediaType = received.contentType().mediaType();
    SourceKind kind = spec.kind();
    if (kind == null) {
      Optional<SourceKind> detected = detector.detect(mediaType, received.body());
      if (detected.isEmpty()) {
        return new ReadResult.Failed(
            Reasons.UNPARSEABLE,
            "cannot tell the kind of "
                + received.finalUrl()
                + " ("
                + (mediaType == null ? "no content type" : mediaType)
                + "): not a feed, sitemap, URL list or HTML page; give \"kind\"",
            null);
      }
      kind = detected.get();
    }
    List<DiscoveredUrl> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try {
      switch (kind) {
        case FEED -> found.addAll(feeds.parse(received.body(), received.finalUrl()));
        case LIST -> found.addAll(lists.parse(received.body(), received.finalUrl()));
        case SITEMAP -> {
          SitemapReader.Sitemap first =
              sitemaps.parse(mediaType, received.body(), received.finalUrl());
          readSitemaps(first, now, found, problems);
        }
        case SITE -> readSite(spec, received, now, found, problems);
      }
    } catch (UnreadableDocumentException e) {
      return new ReadResult.Failed(Reasons.UNPARSEABLE, e.getMessage(), null);
    }
    return new ReadResult.Read(kind, found, received.etag(), received.lastModified(), problems);
  }

  /** Adds the URLs of {@code first} and of the sitemaps it indexes, breadth first, to found. */
  private void readSitemaps(
      SitemapReader.Sitemap first, Instant now, List<DiscoveredUrl> found, List<String> problems) {
    record Pending(String url, int depth) {}
    Deque<Pending> queue = new ArrayDeque<>();
    Set<String> visited = new HashSet<>();
    int read = 1;
    SitemapReader.Sitemap current = first;
    int depth = 0;
    Instant oldest = now.minus(limits.maxAge());
    while (true) {
      if (current instanceof SitemapReader.Urls urls) {
        found.addAll(urls.urls());
      } else if (current instanceof SitemapReader.Index index) {
        for (DiscoveredUrl child : index.sitemaps()) {
          if (depth >= limits.maxSitemapDepth()) {
            problems.add("sitemap index nesting deeper than " + limits.maxSitemapDepth());
            break;
          }
          if (child.date() != null && child.date().isBefore(oldest)) {
            continue; // nothing in it is newer than max-age
          }
          if (visited.add(child.url())) {
            queue.add(new Pending(child.url(), depth + 1));
          }
        }
      }
      Pending next = queue.poll();
      if (next == null) {
        return;
      }
      if (read >= limits.maxSitemaps()) {
        problems.add(
            "stopped after " + limits.maxSitemaps() + " sitemaps; " + (queue.size() + 1) + " left");
        return;
      }
      read++;
      Optional<SitemapReader.Sitemap> loaded = loadSitemap(next.url(), problems);
      if (loaded.isEmpty()) {
        current = new SitemapReader.Urls(List.of());
      } else {
        current = loaded.get();
      }
      depth = next.depth();
    }
  }

  private Optional<SitemapReader.Sitemap> loadSitemap(String url, List<String> problems) {
    ResourceOutcome outcome = client.get(ResourceRequest.any(url, limits.maxDocumentBytes()));
    if (outcome instanceof FetchOutcome.Failed failed) {
      problems.add("sitemap " + url + ": " + failed.reason() + " " + failed.detail());
      return Optional.empty();
    }
    ResourceOutcome.Received received = (ResourceOutcome.Received) outcome;
    try {
      return Optional.of(
          sitemaps.parse(received.contentType().mediaType(), received.body(), received.finalUrl()));
    } catch (UnreadableDocumentException e) {
      problems.add("sitemap " + url + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The sitemaps robots.txt announces, then links followed from the section page. */
  private void readSite(
      SourceSpec spec,
      ResourceOutcome.Received page,
      Instant now,
      List<DiscoveredUrl> found,
      List<String> problems) {
    String robotsUrl = RobotsSitemaps.robotsUrl(page.finalUrl());
    ResourceOutcome outcome = client.get(ResourceRequest.any(robotsUrl, limits.maxDocumentBytes()));
    if (outcome instanceof ResourceOutcome.Received robotsTxt) {
      List<String> announced = robots.sitemaps(robotsTxt.body(), robotsUrl, limits.agent());
      List<DiscoveredUrl> children =
          announced.stream().map(u -> new DiscoveredUrl(u, null)).toList();
      readSitemaps(new SitemapReader.Index(children), now, found, problems);
    } else if (outcome instanceof FetchOutcome.Failed failed
        && !failed.reason().equals(Reasons.http(404))) {
      problems.add("robots.txt: " + failed.reason() + " " + failed.detail());
    }
    followLinks(spec, page, found);
  }

  private void followLinks(
      SourceSpec spec, ResourceOutcome.Received page, List<DiscoveredUrl> found) {
    int maxDepth = spec.maxDepth() != null ? spec.maxDepth() : limits.siteMaxDepth();
    if (maxDepth <= 0) {
      return;
    }
    Pattern include = spec.include() == null ? null : Pattern.compile(spec.include());
    Pattern exclude = spec.exclude() == null ? null : Pattern.compile(spec.exclude());
    String host = URI.create(page.finalUrl()).getHost();
    record Page(String url, byte[] body, String charset, int depth) {}
    Deque<Page> queue = new ArrayDeque<>();
    queue.add(new Page(page.finalUrl(), page.body(), page.contentType().charset(), 0));
    Set<String> seen = new HashSet<>();
    seen.add(page.finalUrl());
    int pagesRead = 1;
    while (!queue.isEmpty()) {
      Page current = queue.poll();
      for (String link : links.links(current.body(), current.charset(), current.url())) {
        if (!host.equalsIgnoreCase(hostOf(link))
            || (exclude != null && exclude.matcher(link).find())
            || !seen.add(link)) {
          continue;
        }
        if (include == null || include.matcher(link).find()) {
          found.add(new DiscoveredUrl(link, null));
        } else if (current.depth() + 1 < maxDepth && pagesRead < limits.siteMaxPages()) {
          ResourceOutcome next = client.get(ResourceRequest.any(link, limits.maxDocumentBytes()));
          pagesRead++;
          if (next instanceof ResourceOutcome.Received r && r.contentType().isHtml()) {
            queue.add(
                new Page(r.finalUrl(), r.body(), r.contentType().charset(), current.depth() + 1));
          }
        }
      }
    }
  }

  private static String hostOf(String url) {
    try {
      return URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
