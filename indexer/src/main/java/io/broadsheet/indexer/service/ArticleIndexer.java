package io.broadsheet.indexer.service;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.store.ArticleBatchWriter;
import io.broadsheet.indexer.store.ArticleStore;
import io.broadsheet.indexer.store.IndexOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes extracted articles: upserts a batch in its own transaction and counts the outcomes once
 * the transaction has committed.
 */
@ApplicationScoped
@Startup // registers its meters at start, so dashboards and alerts see zeros, not absent series
public class ArticleIndexer {

  /** Counter of indexed events, tagged {@code outcome} (see {@link IndexOutcome#tag()}). */
  public static final String INDEXED_METRIC = "broadsheet.articles.indexed";

  /** Timer from a page's fetch to its article's first commit in the store. */
  public static final String LATENCY_METRIC = "broadsheet.pipeline.latency";

  private final ArticleStore store;
  private final Map<IndexOutcome, Counter> counters = new EnumMap<>(IndexOutcome.class);
  private final Timer latency;

  public ArticleIndexer(ArticleStore store, MeterRegistry registry) {
    this.store = store;
    for (IndexOutcome outcome : IndexOutcome.values()) {
      counters.put(
          outcome,
          Counter.builder(INDEXED_METRIC)
              .description("ArticleExtracted events indexed, by what they changed")
              .tag("outcome", outcome.tag())
              .register(registry));
    }
    latency =
        Timer.builder(LATENCY_METRIC)
            .description(
                "From a page's fetch to its article being stored, for articles indexed for the first"
                    + " time (re-fetches and replays carry older fetch times and would blur it)")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(10))
            .maximumExpectedValue(Duration.ofHours(1))
            .register(registry);
  }

  /**
   * Stores one article idempotently.
   *
   * @throws InvalidArticleException when the event breaks the contract
   */
  public IndexOutcome index(ArticleExtracted event) {
    ArticleValidator.check(event);
    return indexChecked(List.of(event)).get(0);
  }

  /**
   * Stores events that passed {@link ArticleValidator#check} in one transaction.
   *
   * @return one outcome per event, in order
   */
  public List<IndexOutcome> indexChecked(List<ArticleExtracted> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    ArticleBatchWriter.Result result =
        QuarkusTransaction.requiringNew().call(() -> store.write(events));
    Instant committed = Instant.now();
    for (int i = 0; i < events.size(); i++) {
      IndexOutcome outcome = result.outcomes().get(i);
      counters.get(outcome).increment();
      Instant fetched = events.get(i).fetchedAt();
      if (outcome == IndexOutcome.INSERTED && fetched != null && fetched.isBefore(committed)) {
        latency.record(Duration.between(fetched, committed));
      }
    }
    return result.outcomes();
  }
}
