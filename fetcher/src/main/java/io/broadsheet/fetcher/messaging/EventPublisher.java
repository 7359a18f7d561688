package io.broadsheet.fetcher.messaging;

import io.broadsheet.events.CloudEventHeaders;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageFetchedRecord;
import io.broadsheet.events.PageRejected;
import io.broadsheet.fetcher.config.FetchConfig;
import io.broadsheet.fetcher.config.PageEventVersion;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes the fetcher's events: CloudEvents binary-mode headers, the key each topic promises, and
 * as the value JSON via {@link EventCodec} or, for a page in v2 (the default, {@code
 * broadsheet.fetch.page-event-version}), the body bytes with the metadata in headers ({@link
 * PageFetchedRecord}). Every method returns a future that completes when the broker has
 * acknowledged the record (or fails when it will not), so callers can acknowledge their own input
 * only after their output is safe.
 *
 * <p>Each record carries the trace of the work that made it (W3C {@code traceparent} header,
 * written by the connector beside ours): the OpenTelemetry context current on the calling thread is
 * attached to the message, because the connector may send it later on another thread, where that
 * context would be lost. A fetched page belongs to the fetch's trace; a URL published by discovery,
 * where no context is current, starts a trace of its own (one per URL, so one article is one
 * trace), and a URL submitted through {@code POST /urls} joins the request's trace.
 */
@ApplicationScoped
public class EventPublisher {

  /** The CloudEvents {@code source} of everything the fetcher emits. */
  public static final String SOURCE = "/broadsheet/fetcher";

  private final Emitter<byte[]> fetchRequested;
  private final Emitter<byte[]> pagesFetched;
  private final Emitter<byte[]> pagesRejected;
  private final PageEventVersion pageVersion;

  @Inject
  public EventPublisher(
      @Channel("fetch-requested-out")
          @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
          Emitter<byte[]> fetchRequested,
      @Channel("pages-fetched") Emitter<byte[]> pagesFetched,
      @Channel("pages-rejected") Emitter<byte[]> pagesRejected,
      FetchConfig config) {
    this.fetchRequested = fetchRequested;
    this.pagesFetched = pagesFetched;
    this.pagesRejected = pagesRejected;
    this.pageVersion = config.pageEventVersion();
  }

  /**
   * A page event ready to send, in the configured version.
   *
   * @param headers CloudEvents headers (and, in v2, the page's metadata)
   * @param value the JSON event (v1) or the body bytes (v2)
   * @param size what is checked against the record limit: the body plus all headers (v2), or the
   *     JSON (v1, whose few CloudEvents headers fit in the allowance the check leaves)
   */
  public record PageRecord(PageFetched page, RecordHeaders headers, byte[] value, int size) {}

  /** Encodes {@code page} as the configured version of the page event. */
  public PageRecord pageRecord(PageFetched page) {
    RecordHeaders headers = new RecordHeaders();
    if (pageVersion == PageEventVersion.V1) {
      CloudEventHeaders.create(EventType.PAGE_FETCHED, SOURCE, page.finalUrl())
          .toKafkaHeaders()
          .forEach(headers::add);
      byte[] json = EventCodec.toJson(page);
      return new PageRecord(page, headers, json, json.length);
    }
    var v2 = PageFetchedRecord.headers(page, UUID.randomUUID().toString(), SOURCE);
    v2.forEach(h -> headers.add(h.name(), h.value()));
    return new PageRecord(
        page, headers, page.body(), page.body().length + PageFetchedRecord.size(v2));
  }

  /** Publishes a URL to fetch, keyed by its host. */
  public CompletableFuture<Void> fetchRequested(FetchRequested event) {
    return send(
        fetchRequested,
        event.host(),
        ceHeaders(EventType.FETCH_REQUESTED, event.url()),
        EventCodec.toJson(event));
  }

  /** Publishes a page encoded by {@link #pageRecord}, keyed by the host of its final URL. */
  public CompletableFuture<Void> pageFetched(PageRecord record) {
    return send(pagesFetched, hostOf(record.page().finalUrl()), record.headers(), record.value());
  }

  /** Publishes a rejection, keyed by the URL. */
  public CompletableFuture<Void> pageRejected(PageRejected event) {
    return send(
        pagesRejected,
        event.url(),
        ceHeaders(EventType.PAGE_REJECTED, event.url()),
        EventCodec.toJson(event));
  }

  private static RecordHeaders ceHeaders(EventType type, String subject) {
    RecordHeaders headers = new RecordHeaders();
    CloudEventHeaders.create(type, SOURCE, subject).toKafkaHeaders().forEach(headers::add);
    return headers;
  }

  private static CompletableFuture<Void> send(
      Emitter<byte[]> emitter, String key, RecordHeaders headers, byte[] value) {
    CompletableFuture<Void> acked = new CompletableFuture<>();
    Message<byte[]> message =
        Message.of(value)
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(key)
                    .withHeaders(headers)
                    .build())
            .addMetadata(TracingMetadata.withCurrent(Context.current()))
            .withAck(
                () -> {
                  acked.complete(null);
                  return CompletableFuture.completedFuture(null);
                })
            .withNack(
                failure -> {
                  acked.completeExceptionally(failure);
                  return CompletableFuture.completedFuture(null);
                });
    try {
      emitter.send(message);
    } catch (RuntimeException e) {
      acked.completeExceptionally(e);
    }
    return acked;
  }

  private static String hostOf(String url) {
    String host = URI.create(url).getHost();
    return host == null ? url : host;
  }
}
