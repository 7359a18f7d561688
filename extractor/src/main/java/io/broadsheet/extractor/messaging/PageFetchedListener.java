package io.broadsheet.extractor.messaging;

import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageFetchedRecord;
import io.broadsheet.extractor.service.ExtractionService;
import io.broadsheet.extractor.service.Publication;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
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
 *
 * <p>Each page is a span ({@value #SPAN}) in the page's trace: the connector reads the record's
 * {@code traceparent} header into a receive span and Quarkus makes that context current for this
 * method, so the span is its child, and the article or rejection published while the span is
 * current carries the same trace ({@link EventPublisher}).
 */
@ApplicationScoped
public class PageFetchedListener {

  /** Incoming channel of {@code broadsheet.pages.fetched}. */
  public static final String CHANNEL = "pages-fetched";

  /** Name of the span of one page's extraction and publication. */
  public static final String SPAN = "extract";

  private final ExtractionService service;
  private final EventPublisher publisher;
  private final Tracer tracer;

  public PageFetchedListener(ExtractionService service, EventPublisher publisher, Tracer tracer) {
    this.service = service;
    this.publisher = publisher;
    this.tracer = tracer;
  }

  @Incoming(CHANNEL)
  @Blocking
  public void onPageFetched(ConsumerRecord<String, byte[]> record) {
    List<PageFetchedRecord.Header> headers = new ArrayList<>();
    for (Header header : record.headers()) {
      headers.add(new PageFetchedRecord.Header(header.key(), header.value()));
    }
    Span span = tracer.spanBuilder(SPAN).startSpan();
    try (Scope ignored = span.makeCurrent()) {
      PageFetched page = PageFetchedRecord.read(headers, record.value());
      span.setAttribute("url.full", page.finalUrl());
      Publication publication = service.process(page);
      span.setAttribute("broadsheet.outcome", publication.type().ceType());
      publisher.publishAndAwait(publication);
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, "to the dead-letter topic");
      throw e;
    } finally {
      span.end();
    }
  }
}
