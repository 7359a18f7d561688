package io.broadsheet.fetcher.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.fetcher.fetch.AddressGuard;
import io.broadsheet.fetcher.fetch.FetchSettings;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FetchBeansTest {

  /** A FetchConfig answering from {@code values}, by method name. */
  private static FetchConfig config(Map<String, Object> values) {
    return (FetchConfig)
        Proxy.newProxyInstance(
            FetchConfig.class.getClassLoader(),
            new Class<?>[] {FetchConfig.class},
            (proxy, method, args) -> {
              if (!values.containsKey(method.getName())) {
                throw new IllegalStateException("no value for " + method.getName());
              }
              return values.get(method.getName());
            });
  }

  private static Map<String, Object> ranges(List<String> allowRanges, boolean allowLoopback) {
    return Map.of(
        "allowRanges",
        allowRanges.isEmpty() ? Optional.empty() : Optional.of(allowRanges),
        "allowLoopback",
        allowLoopback);
  }

  private static byte[] v4(int a, int b, int c, int d) {
    return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d};
  }

  @Test
  void guardsEverythingByDefault() {
    AddressGuard guard =
        new AddressGuard(FetchBeans.allowedRanges(config(ranges(List.of(), false))));
    assertThat(guard.rule(v4(127, 0, 0, 1))).isPresent();
    assertThat(guard.rule(v4(10, 0, 0, 1))).isPresent();
  }

  @Test
  void allowLoopbackLetsLoopbackThroughOnly() {
    AddressGuard guard =
        new AddressGuard(FetchBeans.allowedRanges(config(ranges(List.of(), true))));
    assertThat(guard.rule(v4(127, 0, 0, 1))).isEmpty();
    assertThat(guard.rule(v4(10, 0, 0, 1))).isPresent();
  }

  @Test
  void allowRangesLetTheirRangesThrough() {
    AddressGuard guard =
        new AddressGuard(
            FetchBeans.allowedRanges(config(ranges(List.of("10.20.0.0/16", "fd00::/8"), false))));
    assertThat(guard.rule(v4(10, 20, 1, 2))).isEmpty();
    assertThat(guard.rule(v4(10, 21, 1, 2))).isPresent();
    assertThat(guard.rule(v4(127, 0, 0, 1))).isPresent();
  }

  @Test
  void badRangeIsAClearStartupError() {
    assertThatThrownBy(
            () -> FetchBeans.allowedRanges(config(ranges(List.of("10.20.0.0/33"), false))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "broadsheet.fetch.allow-ranges: not a CIDR range: '10.20.0.0/33' (prefix length must"
                + " be 0-32)");
  }

  @Test
  void settingsCarryEveryKey() {
    FetchSettings settings =
        FetchBeans.settings(
            config(
                Map.of(
                    "userAgent",
                    "Bot/1",
                    "connectTimeout",
                    Duration.ofSeconds(3),
                    "readTimeout",
                    Duration.ofSeconds(4),
                    "requestTimeout",
                    Duration.ofSeconds(5),
                    "maxRedirects",
                    6,
                    "maxBodyBytes",
                    7L,
                    "maxConnections",
                    8,
                    "maxConnectionsPerHost",
                    2)));
    assertThat(settings)
        .isEqualTo(
            new FetchSettings(
                "Bot/1",
                Duration.ofSeconds(3),
                Duration.ofSeconds(4),
                Duration.ofSeconds(5),
                6,
                7,
                8,
                2));
  }

  @Test
  void perHostLimitAbovePoolIsRefused() {
    assertThatThrownBy(
            () ->
                new FetchSettings(
                    "Bot/1",
                    Duration.ofSeconds(3),
                    Duration.ofSeconds(4),
                    Duration.ofSeconds(5),
                    6,
                    7,
                    2,
                    3))
        .hasMessage("1 <= maxConnectionsPerHost <= maxConnections required, got 3 and 2");
  }
}
