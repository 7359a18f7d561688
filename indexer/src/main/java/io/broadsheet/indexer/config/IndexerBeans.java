package io.broadsheet.indexer.config;

import io.broadsheet.indexer.store.ArticleBatchWriter;
import io.broadsheet.indexer.story.StoryAssigner;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the plain store classes with their configuration. */
public class IndexerBeans {

  @Produces
  @Singleton
  ArticleBatchWriter batchWriter(IndexerConfig config) {
    return new ArticleBatchWriter(
        new ArticleBatchWriter.Stories(
            new StoryAssigner(config.stories().similarity()), config.stories().minShingles()));
  }
}
