package io.broadsheet.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

  @Test
  void readsDelaySeconds() {
    assertThat(RetryAfter.parse(" 30 ", NOW)).contains(Duration.ofSeconds(30));
  }

  @Test
  void readsHttpDateRelativeToNow() {
    assertThat(RetryAfter.parse("Fri, 27 Nov 2026 08:02:00 GMT", NOW))
        .contains(Duration.ofMinutes(2));
  }

  @Test
  void dateInThePastMeansNoWait() {
    assertThat(RetryAfter.parse("Fri, 27 Nov 2026 07:00:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @Test
  void absentOrUnreadableIsEmpty() {
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isEmpty();
  }
}
