package io.broadsheet.extractor.messaging;

import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageFetchedRecord;
import io.broadsheet.extractor.service.ExtractionService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code broadsheet.pages.fetched} (channel {@value #CHANNEL}) and publishes one article
 * or one rejection per page.
 *
 * <p>Acknowledgement is post-processing: the incoming record is acked only after this method
 * returns, which is after the outgoing record was acked by the broker. Both versions of the page
 * event are read, by {@code ce_type} ({@link PageFetchedRecord#read}): v1, the JSON event with the
 * body in base64, and v2, the body bytes as the value with the metadata in headers. A record that
 * is not a valid page of its version (not JSON, a header missing or garbled, another type) throws
 * here and so is nacked to {@code broadsheet.pages.fetched.dlq} with the reason; a page that cannot
 * be extracted is not an error but a {@code PageRejected}. Runs on a worker thread, one record at a
 * time, so per-partition order holds.
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
  public void onPageFetched(ConsumerRecord<String, byte[]> record) {
    List<PageFetchedRecord.Header> headers = new ArrayList<>();
    for (Header header : record.headers()) {
      headers.add(new PageFetchedRecord.Header(header.key(), header.value()));
    }
    PageFetched page = PageFetchedRecord.read(headers, record.value());
    publisher.publishAndAwait(service.process(page));
  }
}
