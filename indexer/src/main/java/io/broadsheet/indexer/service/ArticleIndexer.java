package io.broadsheet.indexer.service;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.store.ArticleStore;
import io.broadsheet.indexer.store.IndexOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/**
 * Indexes one extracted article: checks it, upserts it in its own transaction and counts the
 * outcome once the transaction has committed.
 */
@ApplicationScoped
public class ArticleIndexer {

  /** Counter of indexed events, tagged {@code outcome=inserted|updated|unchanged}. */
  public static final String INDEXED_METRIC = "broadsheet.articles.indexed";

  private final ArticleStore store;
  private final Map<IndexOutcome, Counter> counters = new EnumMap<>(IndexOutcome.class);

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
  }

  /**
   * Stores the article idempotently.
   *
   * @throws InvalidArticleException when the event breaks the contract
   */
  public IndexOutcome index(ArticleExtracted event) {
    ArticleValidator.check(event);
    IndexOutcome outcome = QuarkusTransaction.requiringNew().call(() -> store.upsert(event));
    counters.get(outcome).increment();
    return outcome;
  }
}
