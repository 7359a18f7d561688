package io.broadsheet.indexer.messaging;

import io.broadsheet.events.Topics;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Moves one record the indexer cannot use to {@code broadsheet.articles.extracted.dlq}, unchanged,
 * with its original headers and the {@code dead-letter-*} headers SmallRye's own dead-letter queue
 * writes (reason, cause class, topic, partition, offset), so tools that read either see the same
 * shape. The listener consumes in batches, and a batch must not be dead-lettered whole for one bad
 * record; hence this, record by record.
 */
@ApplicationScoped
public class DeadLetters {

  /** The outgoing channel, configured in {@code application.properties}. */
  public static final String CHANNEL = "articles-dead-letters";

  private final Emitter<byte[]> emitter;

  public DeadLetters(@Channel(CHANNEL) Emitter<byte[]> emitter) {
    this.emitter = emitter;
  }

  /** Sends the record; the future completes when the broker has acknowledged it. */
  public CompletableFuture<Void> send(ConsumerRecord<String, byte[]> record, Throwable cause) {
    RecordHeaders headers = new RecordHeaders();
    for (Header header : record.headers()) {
      headers.add(header);
    }
    headers.add("dead-letter-reason", utf8(String.valueOf(cause.getMessage())));
    headers.add("dead-letter-exception-class-name", utf8(cause.getClass().getName()));
    headers.add("dead-letter-topic", utf8(record.topic()));
    headers.add("dead-letter-partition", utf8(Integer.toString(record.partition())));
    headers.add("dead-letter-offset", utf8(Long.toString(record.offset())));
    CompletableFuture<Void> acked = new CompletableFuture<>();
    emitter.send(
        Message.of(record.value() == null ? new byte[0] : record.value())
            .addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(record.key())
                    .withTopic(Topics.ARTICLES_EXTRACTED_DLQ)
                    .withHeaders(headers)
                    .build())
            // the record's index span, current on the caller's thread: the dead letter joins the
            // article's trace (the copied traceparent is the extractor's; the connector adds ours)
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
                }));
    return acked;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
