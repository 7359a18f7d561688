package io.broadsheet.fetcher.fetch;

import io.broadsheet.events.PageFetched;
import io.broadsheet.events.Reasons;

/**
 * Downloads one article page: a {@link ResourceClient} GET that accepts only HTML/XHTML, turned
 * into a {@link PageFetched}. Every failure becomes a {@link FetchOutcome.Failed} with a {@link
 * Reasons} code; it never throws. Thread-safe: one instance serves all workers.
 */
public final class PageDownloader {

  private static final String ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

  private final ResourceClient client;
  private final long maxBodyBytes;

  public PageDownloader(ResourceClient client, long maxBodyBytes) {
    this.client = client;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Downloads {@code requestedUrl}; never throws. */
  public FetchOutcome download(String requestedUrl) {
    ResourceOutcome outcome =
        client.get(
            new ResourceRequest(
                requestedUrl, null, null, maxBodyBytes, ContentType::isHtml, ACCEPT_HTML));
    if (outcome instanceof FetchOutcome.Failed failed) {
      return failed;
    }
    ResourceOutcome.Received page = (ResourceOutcome.Received) outcome;
    return new FetchOutcome.Fetched(
        new PageFetched(
            page.requestedUrl(),
            page.finalUrl(),
            page.redirectChain(),
            page.status(),
            page.contentType().mediaType(),
            page.contentType().charset(),
            page.etag(),
            page.lastModified(),
            page.contentLanguage(),
            page.receivedAt(),
            page.body()));
  }
}
