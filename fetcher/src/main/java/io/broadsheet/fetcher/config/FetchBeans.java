package io.broadsheet.fetcher.config;

import io.broadsheet.fetcher.fetch.AddressGuard;
import io.broadsheet.fetcher.fetch.AddressPolicy;
import io.broadsheet.fetcher.fetch.Cidr;
import io.broadsheet.fetcher.fetch.FetchSettings;
import io.broadsheet.fetcher.fetch.PageDownloader;
import io.broadsheet.fetcher.fetch.ResourceClient;
import io.broadsheet.fetcher.fetch.ResourceDownloader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Turns configuration into the plain domain objects of {@code fetch} and {@code url}. */
@ApplicationScoped
public class FetchBeans {

  @Produces
  @Singleton
  AddressPolicy addressPolicy(FetchConfig config) {
    return new AddressGuard(allowedRanges(config));
  }

  @Produces
  @Singleton
  ResourceClient resourceClient(FetchConfig config, AddressPolicy policy) {
    return new ResourceDownloader(settings(config), policy, Clock.systemUTC());
  }

  void closeResourceClient(@Disposes ResourceClient client) {
    if (client instanceof ResourceDownloader downloader) {
      downloader.close();
    }
  }

  @Produces
  @Singleton
  PageDownloader pageDownloader(FetchConfig config, ResourceClient client) {
    return new PageDownloader(client, config.maxBodyBytes());
  }

  static FetchSettings settings(FetchConfig config) {
    return new FetchSettings(
        config.userAgent(),
        config.connectTimeout(),
        config.readTimeout(),
        config.requestTimeout(),
        config.maxRedirects(),
        config.maxBodyBytes(),
        config.maxConnections(),
        config.maxConnectionsPerHost());
  }

  /**
   * {@code allow-ranges} plus, with {@code allow-loopback}, 127.0.0.0/8 and ::1.
   *
   * @throws IllegalArgumentException naming the key and the entry when a range is not CIDR
   */
  static List<Cidr> allowedRanges(FetchConfig config) {
    List<Cidr> ranges = new ArrayList<>();
    for (String range : config.allowRanges().orElse(List.of())) {
      try {
        ranges.add(Cidr.parse(range));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("broadsheet.fetch.allow-ranges: " + e.getMessage(), e);
      }
    }
    if (config.allowLoopback()) {
      ranges.addAll(AddressGuard.LOOPBACK);
    }
    return ranges;
  }
}
