package io.broadsheet.extractor.service;

import io.broadsheet.extractor.config.ExtractorConfig;
import io.broadsheet.extractor.extract.BodyExtractor;
import io.broadsheet.extractor.extract.ExtractionLimits;
import io.broadsheet.extractor.extract.FieldExtractor;
import io.broadsheet.extractor.extract.FieldExtractorChain;
import io.broadsheet.extractor.extract.PageExtractor;
import io.broadsheet.extractor.extract.profile.ReloadingSiteProfiles;
import io.broadsheet.extractor.extract.profile.SiteProfileChain;
import io.broadsheet.extractor.extract.profile.SiteProfiles;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.function.Supplier;

/** Builds the one {@link PageExtractor} of the service from configuration. */
public class PageExtractorProducer {

  @Produces
  @Singleton
  PageExtractor pageExtractor(ExtractorConfig config) {
    return new PageExtractor(
        config.version(),
        new ExtractionLimits(config.maxBodyBytes(), config.maxNestingDepth(), config.minWords()),
        chain(config),
        Clock.systemUTC());
  }

  /** The generic chain, wrapped by the site profiles when a profile file is configured. */
  static FieldExtractor chain(ExtractorConfig config) {
    Supplier<SiteProfiles> profiles =
        config
            .siteProfiles()
            .<Supplier<SiteProfiles>>map(
                file ->
                    new ReloadingSiteProfiles(
                        file, config.siteProfilesCheckInterval(), Clock.systemUTC()))
            .orElse(() -> SiteProfiles.NONE);
    return new SiteProfileChain(FieldExtractorChain.defaults(), new BodyExtractor(), profiles);
  }
}
