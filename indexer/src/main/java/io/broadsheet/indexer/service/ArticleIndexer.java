package io.broadsheet.indexer.service;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.store.ArticleBatchWriter;
import io.broadsheet.indexer.store.ArticleStore;
import io.broadsheet.indexer.store.IndexOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes extracted articles: upserts a batch in its own transaction and counts the outcomes once
 * the transaction has committed.
 */
@ApplicationScoped
public class ArticleIndexer {

  /** Counter of indexed events, tagged {@code outcome} (see {@link IndexOutcome#tag()}). */
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
    result.outcomes().forEach(outcome -> counters.get(outcome).increment());
    return result.outcomes();
  }
}
