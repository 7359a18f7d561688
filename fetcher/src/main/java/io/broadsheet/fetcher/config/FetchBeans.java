package io.broadsheet.fetcher.config;

import io.broadsheet.fetcher.fetch.AddressPolicy;
import io.broadsheet.fetcher.fetch.FetchSettings;
import io.broadsheet.fetcher.fetch.PageDownloader;
import io.broadsheet.fetcher.fetch.PrivateAddressPolicy;
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
  PageDownloader pageDownloader(FetchConfig config, AddressPolicy policy) {
    FetchSettings settings =
        new FetchSettings(
            config.userAgent(),
            config.connectTimeout(),
            config.requestTimeout(),
            config.maxRedirects(),
            config.maxBodyBytes());
    return new PageDownloader(settings, policy, Clock.systemUTC());
  }

  @Produces
  @Singleton
  UrlNormalizer urlNormalizer() {
    return new UrlNormalizer();
  }
}
