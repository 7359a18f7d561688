package io.broadsheet.indexer.messaging;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.indexer.config.IndexerConfig;
import io.broadsheet.indexer.service.ArticleIndexer;
import io.broadsheet.indexer.service.ArticleValidator;
import io.broadsheet.indexer.service.InvalidArticleException;
import io.broadsheet.indexer.service.TransientFailures;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code broadsheet.articles.extracted} in batches (one poll at a time) and writes each
 * batch in one transaction: per-row round trips are what cap an indexer's throughput. The batch's
 * offsets are committed only after the transaction has committed and every dead letter has been
 * acknowledged (at-least-once; the upsert makes redelivery harmless).
 *
 * <p>Failures, kept apart: a record that is not a valid ArticleExtracted goes to the dead-letter
 * topic alone ({@link DeadLetters}); a batch the database refuses because of one event's data is
 * split and retried event by event, so only that event is dead-lettered; a database that is down is
 * waited for with back-off, never a reason to dead-letter anything. The channel's failure strategy
 * is {@code fail}: an exception only escapes at shutdown, and then nothing is committed.
 *
 * <p>Tracing: each record's indexing is a span in the record's own trace ({@link RecordSpans} says
 * why not one batch span with links).
 */
@ApplicationScoped
public class ArticleExtractedListener {

  /** The incoming channel, configured in {@code application.properties}. */
  public static final String CHANNEL = "articles-extracted";

  private static final Logger LOG = Logger.getLogger(ArticleExtractedListener.class);

  private final ArticleIndexer indexer;
  private final DeadLetters deadLetters;
  private final IndexerConfig.Store retry;
  private final Tracer tracer;
  private final OpenTelemetry openTelemetry;

  public ArticleExtractedListener(
      ArticleIndexer indexer,
      DeadLetters deadLetters,
      IndexerConfig config,
      Tracer tracer,
      OpenTelemetry openTelemetry) {
    this.indexer = indexer;
    this.deadLetters = deadLetters;
    this.retry = config.store();
    this.tracer = tracer;
    this.openTelemetry = openTelemetry;
  }

  /** One decoded record. */
  private record Decoded(ConsumerRecord<String, byte[]> record, ArticleExtracted event) {}

  @Incoming(CHANNEL)
  @Blocking
  public void onArticles(ConsumerRecords<String, byte[]> records) {
    RecordSpans spans =
        RecordSpans.start(tracer, openTelemetry.getPropagators().getTextMapPropagator(), records);
    try {
      onArticles(records, spans);
    } finally {
      spans.end();
    }
  }

  private void onArticles(ConsumerRecords<String, byte[]> records, RecordSpans spans) {
    List<CompletableFuture<Void>> dead = new ArrayList<>();
    List<Decoded> decoded = new ArrayList<>(records.count());
    for (ConsumerRecord<String, byte[]> record : records) {
      try {
        checkType(record);
        ArticleExtracted event = EventCodec.fromJson(record.value(), ArticleExtracted.class);
        ArticleValidator.check(event);
        decoded.add(new Decoded(record, event));
      } catch (EventCodec.MalformedEventException | InvalidArticleException e) {
        dead.add(deadLetter(record, e, spans));
      }
    }
    index(decoded, dead, spans);
    CompletableFuture.allOf(dead.toArray(CompletableFuture[]::new)).join();
  }

  /** Writes the batch, waiting out database outages and isolating events the database refuses. */
  private void index(List<Decoded> batch, List<CompletableFuture<Void>> dead, RecordSpans spans) {
    Duration delay = retry.retryInitialDelay();
    while (!batch.isEmpty()) {
      try {
        indexer.indexChecked(batch.stream().map(Decoded::event).toList());
        return;
      } catch (RuntimeException e) {
        if (!TransientFailures.isTransient(e)) {
          if (batch.size() == 1) {
            dead.add(deadLetter(batch.get(0).record(), e, spans));
          } else {
            LOG.warnf("a batch of %d was refused (%s); retrying one by one", batch.size(), e);
            batch.forEach(one -> index(List.of(one), dead, spans));
          }
          return;
        }
        LOG.warnf("database unavailable, retrying %d articles in %s: %s", batch.size(), delay, e);
        sleep(delay, e);
        delay = min(delay.multipliedBy(2), retry.retryMaxDelay());
      }
    }
  }

  private CompletableFuture<Void> deadLetter(
      ConsumerRecord<String, byte[]> record, Exception e, RecordSpans spans) {
    LOG.warnf(
        "dead-lettering %s partition %d offset %d: %s",
        record.topic(), record.partition(), record.offset(), e.getMessage());
    spans.failed(record, e);
    return spans.in(record, () -> deadLetters.send(record, e));
  }

  private static void sleep(Duration delay, RuntimeException cause) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      // Shutting down: fail the batch, so that its offsets are not committed and it is redelivered.
      throw new IllegalStateException("interrupted while the database was unavailable", cause);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** A {@code ce_type} header, when present, must name ArticleExtracted v1. */
  private static void checkType(ConsumerRecord<String, byte[]> record) {
    Header type = record.headers().lastHeader("ce_type");
    if (type == null) {
      return;
    }
    String ceType = new String(type.value(), StandardCharsets.UTF_8);
    if (!EventType.ARTICLE_EXTRACTED.ceType().equals(ceType)) {
      throw new InvalidArticleException(
          "unexpected ce_type " + ceType + ", expected " + EventType.ARTICLE_EXTRACTED.ceType());
    }
  }
}
