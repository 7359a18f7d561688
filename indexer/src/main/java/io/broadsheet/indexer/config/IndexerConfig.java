package io.broadsheet.indexer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Indexer settings, under {@code broadsheet.indexer}. */
@ConfigMapping(prefix = "broadsheet.indexer")
public interface IndexerConfig {

  /** The article listing and search API. */
  Api api();

  /** Story clustering of near-duplicate bodies. */
  Stories stories();

  /** Writing to PostgreSQL. */
  Store store();

  /** Settings of {@code GET /articles}. */
  interface Api {
    /** Page size when the request names no {@code limit}. */
    @WithDefault("20")
    int defaultLimit();

    /** Largest {@code limit} a request may ask for; larger ones get a 400. */
    @WithDefault("100")
    int maxLimit();

    /** Longest {@code q} accepted, in characters; longer ones get a 400. */
    @WithDefault("500")
    int maxQueryLength();
  }

  /** Settings of story clustering. */
  interface Stories {
    /**
     * Smallest estimated Jaccard similarity of body shingle sets that makes two articles one story.
     */
    @WithDefault("0.5")
    double similarity();

    /** Bodies with fewer 4-word shingles than this join a story only as exact copies. */
    @WithDefault("30")
    int minShingles();
  }

  /** Settings of the batch writer. */
  interface Store {
    /** First wait before retrying a batch after the database failed (doubles up to the max). */
    @WithDefault("PT0.5S")
    Duration retryInitialDelay();

    /** Longest wait between retries while the database is unavailable. */
    @WithDefault("PT30S")
    Duration retryMaxDelay();
  }
}
