package io.broadsheet.fetcher.messaging;

import io.broadsheet.events.EventCodec;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.events.Topics;
import io.broadsheet.fetcher.config.PolitenessConfig;
import io.broadsheet.fetcher.politeness.Backpressure;
import io.broadsheet.fetcher.service.FetchMetrics;
import io.broadsheet.fetcher.service.FetchService;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes {@code broadsheet.fetch.requested}. Each record is handed to the {@link FetchService}
 * (which runs it when its host's turn comes) and the method returns at once, so the poll loop never
 * waits on a host; the record is acknowledged only when its outcome event was acknowledged by the
 * broker (the throttled commit strategy commits each partition up to its oldest record not yet
 * acknowledged). A record that cannot be decoded, or whose outcome could not be published, is
 * nacked and goes to the dead-letter topic. Memory is bounded by {@link Backpressure}: records are
 * counted when polled ({@link HeldRecordsInterceptor}) and the partitions of hosts with too many
 * records held are paused.
 *
 * <p>Each record's fetch is a span ({@value #SPAN}) under the record's own trace (the connector
 * read it from the {@code traceparent} header), from the moment the record is handed over until its
 * outcome is on the broker: waiting for the host's turn, robots.txt, attempts and publishing. The
 * fetch runs later on a scheduler thread, so the span's context is handed to the {@link
 * FetchService} explicitly (it is current while {@code fetch} is called, and the service's task
 * keeps it), and the page or rejection it publishes is a child of this span.
 */
@ApplicationScoped
public class FetchRequestedConsumer {

  static final String CHANNEL = "fetch-requested";

  /** Name of the span of one URL's fetch. */
  static final String SPAN = "fetch";

  private static final Logger LOG = Logger.getLogger(FetchRequestedConsumer.class);

  private final FetchService fetchService;
  private final KafkaClientService kafka;
  private final PolitenessConfig config;
  private final Backpressure backpressure;
  private final Tracer tracer;

  public FetchRequestedConsumer(
      FetchService fetchService,
      KafkaClientService kafka,
      PolitenessConfig config,
      FetchMetrics metrics,
      Tracer tracer) {
    this.fetchService = fetchService;
    this.tracer = tracer;
    this.kafka = kafka;
    this.config = config;
    this.backpressure =
        new Backpressure(config.maxQueuedPerHost(), config.maxQueued(), new KafkaPartitions());
    metrics.watchIntake(backpressure::held, () -> backpressure.paused().size());
  }

  /** Has {@link HeldRecordsInterceptor} count polled records into this replica's back-pressure. */
  void countPolledRecords() {
    HeldRecordsInterceptor.use(backpressure);
  }

  @Incoming(CHANNEL)
  public CompletionStage<Void> consume(Message<byte[]> message) {
    var metadata = message.getMetadata(IncomingKafkaRecordMetadata.class);
    int partition = metadata.map(IncomingKafkaRecordMetadata::getPartition).orElse(-1);
    // Counted by HeldRecordsInterceptor when polled, under the record key.
    String counted =
        HeldRecordsInterceptor.hostKey(metadata.map(m -> (String) m.getKey()).orElse(null));
    FetchRequested request;
    try {
      request = EventCodec.fromJson(message.getPayload(), FetchRequested.class);
    } catch (RuntimeException e) {
      backpressure.released(counted, partition);
      return message.nack(e);
    }
    String url = request.url();
    Span span = startSpan(message, request);
    CompletableFuture<Void> outcome;
    try (Scope ignored = span.makeCurrent()) {
      outcome = fetchService.fetch(request, partition);
    }
    outcome.whenComplete(
        (ok, error) -> {
          backpressure.released(counted, partition);
          Throwable cause = error instanceof CompletionException ? error.getCause() : error;
          if (cause == null) {
            message.ack();
          } else if (!(cause instanceof CancellationException)) {
            LOG.warnf(cause, "outcome of %s not published; to the dead-letter topic", url);
            span.recordException(cause);
            span.setStatus(StatusCode.ERROR, "outcome not published");
            message.nack(cause);
          } else { // cancelled: the partition was revoked, its new owner fetches the URL
            span.setAttribute("broadsheet.fetch.relinquished", true);
          }
          span.end();
        });
    return CompletableFuture.completedFuture(null);
  }

  /** The fetch span, child of the record's trace (the connector's receive span). */
  private Span startSpan(Message<byte[]> message, FetchRequested request) {
    Context parent =
        message
            .getMetadata(TracingMetadata.class)
            .map(TracingMetadata::getCurrentContext)
            .orElse(Context.current());
    return tracer
        .spanBuilder(SPAN)
        .setParent(parent)
        .setAttribute("url.full", request.url())
        .setAttribute("server.address", request.host())
        .startSpan();
  }

  /** Called on revocation, on the polling thread: see {@link FetchService#relinquish}. */
  void revoked(Collection<TopicPartition> partitions) {
    Set<Integer> numbers =
        partitions.stream()
            .filter(tp -> tp.topic().equals(Topics.FETCH_REQUESTED))
            .map(TopicPartition::partition)
            .collect(java.util.stream.Collectors.toSet());
    if (numbers.isEmpty()) {
      return;
    }
    int dropped = fetchService.relinquish(numbers, config.revokeWait());
    numbers.forEach(backpressure::revoked); // also the records still in the connector's queue
    LOG.infof("partitions %s revoked: %d waiting URLs left to their new owner", numbers, dropped);
  }

  /** Pauses and resumes single partitions on the channel's consumer, on its polling thread. */
  private final class KafkaPartitions implements Backpressure.Partitions {
    @Override
    public void pause(int partition) {
      onPollingThread(partition, true);
    }

    @Override
    public void resume(int partition) {
      onPollingThread(partition, false);
    }

    private void onPollingThread(int partition, boolean pause) {
      KafkaConsumer<Object, Object> consumer = kafka.getConsumer(CHANNEL);
      if (consumer == null || partition < 0) {
        return;
      }
      TopicPartition tp = new TopicPartition(Topics.FETCH_REQUESTED, partition);
      consumer
          .runOnPollingThread(
              c -> {
                if (!c.assignment().contains(tp)) {
                  return;
                }
                if (pause) {
                  c.pause(Set.of(tp));
                } else {
                  c.resume(Set.of(tp));
                }
              })
          .subscribe()
          .with(
              ignored -> {},
              failure -> LOG.warnf(failure, "could not %s %s", pause ? "pause" : "resume", tp));
    }
  }
}
