package io.broadsheet.indexer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Indexer settings, under {@code broadsheet.indexer}. */
@ConfigMapping(prefix = "broadsheet.indexer")
public interface IndexerConfig {

  /** The article listing API. */
  Api api();

  /** Settings of {@code GET /articles}. */
  interface Api {
    /** Page size when the request names no {@code limit}. */
    @WithDefault("20")
    int defaultLimit();

    /** Largest {@code limit} a request may ask for; larger ones get a 400. */
    @WithDefault("100")
    int maxLimit();
  }
}
