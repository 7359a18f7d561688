package io.broadsheet.fetcher.service;

import io.broadsheet.events.EventCodec;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageRejected;
import io.broadsheet.events.Reasons;
import io.broadsheet.events.Topics;
import io.broadsheet.fetcher.fetch.FetchOutcome;
import io.broadsheet.fetcher.fetch.PageDownloader;
import io.broadsheet.fetcher.messaging.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Fetches one requested URL and publishes the outcome: {@link PageFetched} on success, {@link
 * PageRejected} otherwise (including a page whose event would not fit in a Kafka record). Returns
 * only once the broker has acknowledged what was published, and throws when it did not, so the
 * caller's input is never acknowledged before its output is safe.
 */
@ApplicationScoped
public class FetchService {

  /** The stage name in {@link PageRejected#stage()}. */
  public static final String STAGE = FetchMetrics.STAGE;

  /**
   * Room left under {@link Topics#MAX_MESSAGE_BYTES} for the key, the CloudEvents headers and the
   * record overhead the producer counts against {@code max.request.size}.
   */
  static final int RECORD_OVERHEAD_BYTES = 64 * 1024;

  private static final Logger LOG = Logger.getLogger(FetchService.class);

  private final PageDownloader downloader;
  private final EventPublisher publisher;
  private final FetchMetrics metrics;

  public FetchService(PageDownloader downloader, EventPublisher publisher, FetchMetrics metrics) {
    this.downloader = downloader;
    this.publisher = publisher;
    this.metrics = metrics;
  }

  public void fetch(FetchRequested request) {
    FetchOutcome outcome = downloader.download(request.url());
    if (outcome instanceof FetchOutcome.Fetched fetched) {
      PageFetched page = fetched.page();
      byte[] json = EventCodec.toJson(page);
      if (!fitsInRecord(json.length)) {
        reject(
            request.url(),
            Reasons.TOO_LARGE,
            "PageFetched event of " + json.length + " bytes would exceed the record limit");
        return;
      }
      publisher.pageFetched(page, json).join();
      metrics.fetched(page.body().length);
      LOG.debugf("fetched %s (%d bytes)", page.finalUrl(), page.body().length);
    } else {
      FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
      reject(request.url(), failed.reason(), failed.detail());
    }
  }

  /** Whether an event of {@code jsonBytes} can be sent within {@link Topics#MAX_MESSAGE_BYTES}. */
  static boolean fitsInRecord(int jsonBytes) {
    return jsonBytes <= Topics.MAX_MESSAGE_BYTES - RECORD_OVERHEAD_BYTES;
  }

  private void reject(String url, String reason, String detail) {
    publisher.pageRejected(new PageRejected(url, STAGE, reason, detail, Instant.now())).join();
    metrics.rejected(reason);
    LOG.infof("rejected %s: %s (%s)", url, reason, detail);
  }
}
