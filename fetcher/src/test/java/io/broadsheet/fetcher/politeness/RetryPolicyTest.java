package io.broadsheet.fetcher.politeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(60));

  @Test
  void retriesServerErrorsTooManyRequestsTimeoutsAndConnectionFailures() {
    assertThat(RetryPolicy.retryable("http-500")).isTrue();
    assertThat(RetryPolicy.retryable("http-503")).isTrue();
    assertThat(RetryPolicy.retryable("http-429")).isTrue();
    assertThat(RetryPolicy.retryable("timeout")).isTrue();
    assertThat(RetryPolicy.retryable("connection")).isTrue();
  }

  @Test
  void doesNotRetryFinalFailures() {
    for (String reason :
        new String[] {
          "http-404",
          "http-410",
          "http-403",
          "dns",
          "robots-disallowed",
          "too-large",
          "blocked",
          "redirect-loop",
          "unsupported-type",
          "invalid-url"
        }) {
      assertThat(RetryPolicy.retryable(reason)).as(reason).isFalse();
    }
  }

  @Test
  void stopsAfterTheLastAttempt() {
    assertThat(policy.retries(1, "http-503")).isTrue();
    assertThat(policy.retries(3, "http-503")).isTrue();
    assertThat(policy.retries(4, "http-503")).isFalse();
    assertThat(policy.retries(1, "http-404")).isFalse();
  }

  @Test
  void doublesTheWaitWithJitterInItsUpperHalf() {
    assertThat(policy.backoff(1, null, () -> 0.0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(1, null, () -> 0.999))
        .isBetween(Duration.ofMillis(1990), Duration.ofSeconds(2));
    assertThat(policy.backoff(2, null, () -> 0.0)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoff(3, null, () -> 0.0)).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void capsTheWaitAtMaxDelay() {
    assertThat(policy.backoff(20, null, () -> 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(60));
    assertThat(policy.backoff(200, null, () -> 0.0)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void honoursALongerRetryAfterUpToMaxDelay() {
    assertThat(policy.backoff(1, Duration.ofSeconds(10), () -> 0.5))
        .isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.backoff(1, Duration.ofHours(1), () -> 0.5)).isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.backoff(3, Duration.ofMillis(10), () -> 0.0))
        .isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void refusesNoAttemptsAtAll() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max-attempts");
  }
}
