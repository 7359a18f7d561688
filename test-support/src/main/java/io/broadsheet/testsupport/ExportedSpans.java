package io.broadsheet.testsupport;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Reads back the spans a service under test exported to an {@link InMemorySpanExporter} (each
 * service's tests produce one as a bean: Quarkus then exports there instead of OTLP, so no test
 * needs a collector).
 */
public final class ExportedSpans {

  private static final Duration LIMIT = Duration.ofSeconds(30);

  private ExportedSpans() {}

  /** Waits up to 30 s for an exported span matching {@code match}, and returns it. */
  public static SpanData await(InMemorySpanExporter exporter, Predicate<SpanData> match) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (true) {
      for (SpanData span : exporter.getFinishedSpanItems()) {
        if (match.test(span)) {
          return span;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no matching span exported within "
                + LIMIT
                + "; exported: "
                + exporter.getFinishedSpanItems().stream().map(SpanData::getName).toList());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for a span", e);
      }
    }
  }
}
