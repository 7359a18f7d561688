package io.broadsheet.fetcher.messaging;

import io.broadsheet.events.CloudEventHeaders;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageRejected;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Publishes the fetcher's events: JSON values via {@link EventCodec}, CloudEvents binary-mode
 * headers, and the key each topic promises. Every method returns a future that completes when the
 * broker has acknowledged the record (or fails when it will not), so callers can acknowledge their
 * own input only after their output is safe.
 */
@ApplicationScoped
public class EventPublisher {

  /** The CloudEvents {@code source} of everything the fetcher emits. */
  public static final String SOURCE = "/broadsheet/fetcher";

  private final Emitter<byte[]> fetchRequested;
  private final Emitter<byte[]> pagesFetched;
  private final Emitter<byte[]> pagesRejected;

  @Inject
  public EventPublisher(
      @Channel("fetch-requested-out")
          @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
          Emitter<byte[]> fetchRequested,
      @Channel("pages-fetched") Emitter<byte[]> pagesFetched,
      @Channel("pages-rejected") Emitter<byte[]> pagesRejected) {
    this.fetchRequested = fetchRequested;
    this.pagesFetched = pagesFetched;
    this.pagesRejected = pagesRejected;
  }

  /** Publishes a URL to fetch, keyed by its host. */
  public CompletableFuture<Void> fetchRequested(FetchRequested event) {
    return send(
        fetchRequested,
        EventType.FETCH_REQUESTED,
        event.host(),
        event.url(),
        EventCodec.toJson(event));
  }

  /** Publishes a page already serialised as {@code json}, keyed by the host of its final URL. */
  public CompletableFuture<Void> pageFetched(PageFetched event, byte[] json) {
    return send(
        pagesFetched, EventType.PAGE_FETCHED, hostOf(event.finalUrl()), event.finalUrl(), json);
  }

  /** Publishes a rejection, keyed by the URL. */
  public CompletableFuture<Void> pageRejected(PageRejected event) {
    return send(
        pagesRejected, EventType.PAGE_REJECTED, event.url(), event.url(), EventCodec.toJson(event));
  }

  private static CompletableFuture<Void> send(
      Emitter<byte[]> emitter, EventType type, String key, String subject, byte[] json) {
    CompletableFuture<Void> acked = new CompletableFuture<>();
    RecordHeaders headers = new RecordHeaders();
    CloudEventHeaders.create(type, SOURCE, subject).toKafkaHeaders().forEach(headers::add);
    Message<byte[]> message =
        Message.of(json)
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(key)
                    .withHeaders(headers)
                    .build())
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
