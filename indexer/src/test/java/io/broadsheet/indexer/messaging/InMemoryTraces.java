package io.broadsheet.indexer.messaging;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The tests' span exporter: Quarkus exports to every {@code SpanExporter} bean instead of OTLP, so
 * no test needs a collector, and spans can be read back ({@code ExportedSpans} in test-support).
 */
@ApplicationScoped
public class InMemoryTraces {

  @Produces
  @Singleton
  InMemorySpanExporter exporter() {
    return InMemorySpanExporter.create();
  }
}
