package io.broadsheet.extractor.messaging;

import io.broadsheet.events.EventCodec;
import io.broadsheet.events.PageFetched;
import io.broadsheet.extractor.service.ExtractionService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code broadsheet.pages.fetched} (channel {@value #CHANNEL}) and publishes one article
 * or one rejection per page.
 *
 * <p>Acknowledgement is post-processing: the incoming record is acked only after this method
 * returns, which is after the outgoing record was acked by the broker. A value that is not a {@code
 * PageFetched} throws here and so is nacked to {@code broadsheet.pages.fetched.dlq}; a page that
 * cannot be extracted is not an error but a {@code PageRejected}. Runs on a worker thread, one
 * record at a time, so per-partition order holds.
 */
@ApplicationScoped
public class PageFetchedListener {

  /** Incoming channel of {@code broadsheet.pages.fetched}. */
  public static final String CHANNEL = "pages-fetched";

  private final ExtractionService service;
  private final EventPublisher publisher;

  public PageFetchedListener(ExtractionService service, EventPublisher publisher) {
    this.service = service;
    this.publisher = publisher;
  }

  @Incoming(CHANNEL)
  @Blocking
  public void onPageFetched(byte[] value) {
    PageFetched page = EventCodec.fromJson(value, PageFetched.class);
    publisher.publishAndAwait(service.process(page));
  }
}
