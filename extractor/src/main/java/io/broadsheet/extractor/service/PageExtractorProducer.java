package io.broadsheet.extractor.service;

import io.broadsheet.extractor.config.ExtractorConfig;
import io.broadsheet.extractor.extract.ExtractionLimits;
import io.broadsheet.extractor.extract.FieldExtractorChain;
import io.broadsheet.extractor.extract.PageExtractor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the one {@link PageExtractor} of the service from configuration. */
public class PageExtractorProducer {

  @Produces
  @Singleton
  PageExtractor pageExtractor(ExtractorConfig config) {
    return new PageExtractor(
        config.version(),
        new ExtractionLimits(config.maxBodyBytes(), config.maxNestingDepth(), config.minWords()),
        FieldExtractorChain.defaults(),
        Clock.systemUTC());
  }
}
