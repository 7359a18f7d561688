package io.broadsheet.fetcher.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * The tests' span exporter: Quarkus exports to every {@code SpanExporter} bean instead of OTLP, so
 * no test needs a collector, and spans can be read back.
 */
@ApplicationScoped
public class InMemoryTraces {

  @Produces
  @Singleton
  InMemorySpanExporter exporter() {
    return InMemorySpanExporter.create();
  }

  /** Waits up to 30 s for an exported span matching {@code match}, and returns it. */
  public static SpanData awaitSpan(InMemorySpanExporter exporter, Predicate<SpanData> match) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> find(exporter.getFinishedSpanItems(), match), Optional::isPresent)
        .orElseThrow();
  }

  private static Optional<SpanData> find(List<SpanData> spans, Predicate<SpanData> match) {
    return spans.stream().filter(match).findFirst();
  }

  /** The trace id and parent span id of a W3C {@code traceparent} header value. */
  public record TraceParent(String traceId, String spanId) {

    /** Reads {@code 00-<trace id>-<span id>-<flags>}. */
    public static TraceParent parse(String header) {
      String[] parts = header.split("-");
      if (parts.length != 4 || parts[1].length() != 32 || parts[2].length() != 16) {
        throw new IllegalArgumentException("not a traceparent: " + header);
      }
      return new TraceParent(parts[1], parts[2]);
    }

    /** A sampled traceparent header value for this trace and parent span. */
    public String header() {
      return "00-" + traceId + "-" + spanId + "-01";
    }
  }
}
