package io.broadsheet.fetcher.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UnreachableHostsTest {

  private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

  private static UnreachableHosts at(Instant now) {
    return new UnreachableHosts(3, Duration.ofMinutes(2), Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void siteIsSkippedOnlyAfterThresholdFailuresInARow() {
    UnreachableHosts hosts = at(T0);
    hosts.unreachable("http://news.example:8080/a", "connection refused");
    hosts.unreachable("http://news.example:8080/b", "connection refused");
    assertThat(hosts.skip("http://news.example:8080/c")).isEmpty();

    hosts.unreachable("http://news.example:8080/c", "connection refused");

    assertThat(hosts.skip("http://news.example:8080/d"))
        .hasValueSatisfying(
            why ->
                assertThat(why)
                    .contains("http://news.example:8080 unreachable")
                    .contains("connection refused"));
  }

  @Test
  void anotherPortOrSchemeOfTheSameHostIsNotAffected() {
    UnreachableHosts hosts = at(T0);
    for (int i = 0; i < 3; i++) {
      hosts.unreachable("http://news.example:8080/" + i, "refused");
    }

    assertThat(hosts.skip("http://news.example:9090/x")).isEmpty();
    assertThat(hosts.skip("https://news.example/x")).isEmpty();
    assertThat(hosts.skip("http://NEWS.example:8080/x")).isPresent();
  }

  @Test
  void anAnswerInBetweenResetsTheCount() {
    UnreachableHosts hosts = at(T0);
    hosts.unreachable("http://news.example/a", "refused");
    hosts.unreachable("http://news.example/b", "refused");
    hosts.reached("http://news.example/ok");
    hosts.unreachable("http://news.example/c", "refused");

    assertThat(hosts.skip("http://news.example/d")).isEmpty();
  }

  @Test
  void siteIsTriedAgainAfterTheCoolOff() {
    Instant[] now = {T0};
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    UnreachableHosts hosts = new UnreachableHosts(3, Duration.ofMinutes(2), clock);
    for (int i = 0; i < 3; i++) {
      hosts.unreachable("http://news.example/" + i, "refused");
    }

    now[0] = T0.plus(Duration.ofSeconds(119));
    assertThat(hosts.skip("http://news.example/x")).isPresent();
    now[0] = T0.plus(Duration.ofMinutes(2));
    assertThat(hosts.skip("http://news.example/x")).isEmpty();
  }

  @Test
  void thresholdZeroTurnsItOff() {
    UnreachableHosts off = new UnreachableHosts(0, Duration.ofMinutes(2), Clock.systemUTC());
    for (int i = 0; i < 10; i++) {
      off.unreachable("http://news.example/" + i, "refused");
    }

    assertThat(off.skip("http://news.example/x")).isEmpty();
  }
}
