package io.broadsheet.indexer.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * One {@value #SPAN} span per record of a batch, each a child of the context its record carries
 * (W3C {@code traceparent} header), all started when the batch arrives and ended when it is stored
 * (or the record dead-lettered).
 *
 * <p>Why a span per record and not one batch span with a link per record: the batch is one
 * transaction, but what an operator asks is "how long did this article take from fetch to
 * searchable", and a trace viewer answers that from the article's own trace. A batch span would
 * live in a trace of its own, reachable only through links most viewers do not search; a span per
 * record puts the time the article waited on its batch's transaction into the article's trace, with
 * the batch size as an attribute. It costs one span per record, as many as the receive spans the
 * connector already makes (those end at once and are not made current for a batch, so the parent is
 * read from the headers here, which makes this span their sibling).
 */
final class RecordSpans {

  /** Name of the span of one record's indexing. */
  static final String SPAN = "index";

  private static final TextMapGetter<Headers> HEADERS =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
          return StreamSupport.stream(carrier.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers carrier, String key) {
          Header header = carrier == null ? null : carrier.lastHeader(key);
          return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
      };

  private final Map<ConsumerRecord<String, byte[]>, Span> spans = new IdentityHashMap<>();

  private RecordSpans() {}

  /** Starts a span for every record of {@code records}. */
  static RecordSpans start(
      Tracer tracer, TextMapPropagator propagator, ConsumerRecords<String, byte[]> records) {
    RecordSpans started = new RecordSpans();
    for (ConsumerRecord<String, byte[]> record : records) {
      Context parent = propagator.extract(Context.root(), record.headers(), HEADERS);
      Span span =
          tracer
              .spanBuilder(SPAN)
              .setParent(parent)
              .setAttribute("broadsheet.batch.size", (long) records.count())
              .setAttribute("messaging.kafka.offset", record.offset())
              .setAttribute("url.full", String.valueOf(record.key()))
              .startSpan();
      started.spans.put(record, span);
    }
    return started;
  }

  /** Runs {@code work} with {@code record}'s span current (its dead letter joins its trace). */
  <T> T in(ConsumerRecord<String, byte[]> record, Supplier<T> work) {
    Span span = spans.get(record);
    if (span == null) {
      return work.get();
    }
    try (Scope ignored = span.makeCurrent()) {
      return work.get();
    }
  }

  /** Marks {@code record}'s span as failed: it goes to the dead-letter topic. */
  void failed(ConsumerRecord<String, byte[]> record, Exception cause) {
    Span span = spans.get(record);
    if (span != null) {
      span.recordException(cause);
      span.setStatus(StatusCode.ERROR, "to the dead-letter topic");
    }
  }

  /** Ends every span. */
  void end() {
    spans.values().forEach(Span::end);
  }
}
