package io.broadsheet.fetcher.config;

import io.agroal.api.AgroalDataSource;
import io.broadsheet.fetcher.discovery.PollSchedule;
import io.broadsheet.fetcher.discovery.SeenUrls;
import io.broadsheet.fetcher.discovery.SourceReader;
import io.broadsheet.fetcher.discovery.SourceSpecs;
import io.broadsheet.fetcher.discovery.SourceStore;
import io.broadsheet.fetcher.discovery.SourcesFile;
import io.broadsheet.fetcher.fetch.ResourceClient;
import io.broadsheet.fetcher.url.UrlNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.ThreadLocalRandom;

/** Turns configuration into the plain domain objects of {@code discovery}. */
@ApplicationScoped
public class DiscoveryBeans {

  /**
   * The one normaliser, with the configured tracking parameters, for discovered and submitted URLs.
   */
  @Produces
  @Singleton
  UrlNormalizer discoveryNormalizer(DiscoveryConfig config) {
    return new UrlNormalizer(config.trackingParameters());
  }

  @Produces
  @Singleton
  SourceSpecs sourceSpecs(UrlNormalizer normalizer, DiscoveryConfig config) {
    return new SourceSpecs(
        normalizer, config.defaultInterval(), config.minInterval(), config.maxInterval());
  }

  @Produces
  @Singleton
  SourcesFile sourcesFile(SourceSpecs specs) {
    return new SourcesFile(specs);
  }

  @Produces
  @Singleton
  SourceStore sourceStore(AgroalDataSource dataSource) {
    return new SourceStore(dataSource);
  }

  @Produces
  @Singleton
  SeenUrls seenUrls(AgroalDataSource dataSource, DiscoveryConfig config) {
    return new SeenUrls(dataSource, config.refetchAfter(), config.refetchWindow());
  }

  @Produces
  @Singleton
  PollSchedule pollSchedule(DiscoveryConfig config) {
    return new PollSchedule(
        config.minInterval(),
        config.maxInterval(),
        config.failureBackoff(),
        config.jitter(),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  @Produces
  @Singleton
  SourceReader sourceReader(ResourceClient client, DiscoveryConfig config, FetchConfig fetch) {
    return new SourceReader(
        client,
        new SourceReader.Limits(
            config.maxDocumentBytes(),
            config.maxSitemaps(),
            config.maxSitemapDepth(),
            config.maxAge(),
            config.siteMaxDepth(),
            config.siteMaxPages(),
            agentName(fetch.userAgent())));
  }

  /** The robots.txt agent name: the user agent's product token ({@code BroadsheetBot}). */
  static String agentName(String userAgent) {
    String token = userAgent.strip().split("[/\\s]", 2)[0];
    return token.isEmpty() ? "broadsheetbot" : token;
  }
}
