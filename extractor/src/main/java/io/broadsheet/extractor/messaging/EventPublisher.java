package io.broadsheet.extractor.messaging;

import io.broadsheet.events.CloudEventHeaders;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.extractor.service.Publication;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Puts the extractor's events on their topics (channel {@value #ARTICLES} for articles, {@value
 * #REJECTED} for rejections) as CloudEvents in binary mode, and waits for the broker's ack.
 *
 * <p>Each record joins the trace current on the calling thread (the connector writes its {@code
 * traceparent} header): the listener's extract span, so an article shares its page's trace id. The
 * context is attached to the message rather than left to the connector, which may send on another
 * thread. A replayed page ({@code replay} package) has no context current, so each replayed record
 * starts a trace of its own: a replay is a new run, not part of the original fetch.
 */
@ApplicationScoped
public class EventPublisher {

  /** Outgoing channel of {@code broadsheet.articles.extracted}. */
  public static final String ARTICLES = "articles-extracted";

  /** Outgoing channel of {@code broadsheet.pages.rejected}. */
  public static final String REJECTED = "pages-rejected";

  /** The CloudEvents {@code source} of everything the extractor emits. */
  public static final String SOURCE = "/broadsheet/extractor";

  private final MutinyEmitter<byte[]> articles;
  private final MutinyEmitter<byte[]> rejected;

  public EventPublisher(
      @Channel(ARTICLES) MutinyEmitter<byte[]> articles,
      @Channel(REJECTED) MutinyEmitter<byte[]> rejected) {
    this.articles = articles;
    this.rejected = rejected;
  }

  /**
   * Sends {@code publication} and blocks until the broker has acknowledged it; call it from a
   * worker thread.
   *
   * @throws RuntimeException when the broker refuses the record or cannot be reached
   */
  public void publishAndAwait(Publication publication) {
    RecordHeaders headers = new RecordHeaders();
    CloudEventHeaders.create(publication.type(), SOURCE, publication.key())
        .toKafkaHeaders()
        .forEach(headers::add);
    Message<byte[]> message =
        Message.of(EventCodec.toJson(publication.event()))
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(publication.key())
                    .withHeaders(headers)
                    .build())
            .addMetadata(TracingMetadata.withCurrent(Context.current()));
    emitterFor(publication.type()).sendMessageAndAwait(message);
  }

  private MutinyEmitter<byte[]> emitterFor(EventType type) {
    return switch (type) {
      case ARTICLE_EXTRACTED -> articles;
      case PAGE_REJECTED -> rejected;
      default -> throw new IllegalArgumentException("the extractor does not publish " + type);
    };
  }
}
