package io.broadsheet.fetcher.config;

import io.broadsheet.fetcher.fetch.AddressPolicy;
import io.broadsheet.fetcher.fetch.FetchSettings;
import io.broadsheet.fetcher.fetch.PageDownloader;
import io.broadsheet.fetcher.fetch.PrivateAddressPolicy;
import io.broadsheet.fetcher.fetch.ResourceClient;
import io.broadsheet.fetcher.fetch.ResourceDownloader;
import io.broadsheet.fetcher.url.UrlNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Turns configuration into the plain domain objects of {@code fetch} and {@code url}. */
@ApplicationScoped
public class FetchBeans {

  @Produces
  @Singleton
  AddressPolicy addressPolicy(FetchConfig config) {
    return config.allowLoopback() ? AddressPolicy.allowAll() : new PrivateAddressPolicy();
  }

  @Produces
  @Singleton
  ResourceClient resourceClient(FetchConfig config, AddressPolicy policy) {
    FetchSettings settings =
        new FetchSettings(
            config.userAgent(),
            config.connectTimeout(),
            config.requestTimeout(),
            config.maxRedirects(),
            config.maxBodyBytes());
    return new ResourceDownloader(settings, policy, Clock.systemUTC());
  }

  @Produces
  @Singleton
  PageDownloader pageDownloader(FetchConfig config, ResourceClient client) {
    return new PageDownloader(client, config.maxBodyBytes());
  }

  @Produces
  @Singleton
  UrlNormalizer urlNormalizer() {
    return new UrlNormalizer();
  }
}
