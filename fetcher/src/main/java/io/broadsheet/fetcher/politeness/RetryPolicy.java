package io.broadsheet.fetcher.politeness;

import io.broadsheet.events.Reasons;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * When a failed request is tried again, and after how long. Server errors ({@code http-5xx}),
 * {@code http-429}, timeouts and failed connections are retried; everything else (a 404, a
 * robots.txt refusal, a page too large...) is final. The wait before attempt {@code n + 1} is
 * exponential, {@code base * 2^(n-1)} capped at {@code maxDelay}, with jitter (uniform in its upper
 * half) so that retries of many URLs do not arrive together; a {@code Retry-After} the server sent
 * is honoured when longer, up to {@code maxDelay}.
 *
 * @param maxAttempts attempts in all, the first included (1 = never retry)
 * @param baseDelay the wait before the second attempt, before jitter
 * @param maxDelay cap on any wait, a server's {@code Retry-After} included
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max-attempts must be at least 1, got " + maxAttempts);
    }
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (baseDelay.isNegative() || maxDelay.isNegative()) {
      throw new IllegalArgumentException("retry delays must not be negative");
    }
  }

  /** Whether a failure with {@code reason} is worth another attempt. */
  public static boolean retryable(String reason) {
    return reason.equals(Reasons.TIMEOUT)
        || reason.equals(Reasons.CONNECTION)
        || reason.equals(Reasons.http(429))
        || (reason.startsWith("http-5") && reason.length() == "http-5xx".length());
  }

  /**
   * Whether attempt number {@code attempt} (1-based) that failed with {@code reason} is retried.
   */
  public boolean retries(int attempt, String reason) {
    return attempt < maxAttempts && retryable(reason);
  }

  /**
   * The wait after failed attempt number {@code attempt} (1-based).
   *
   * @param retryAfter what the server asked for, or null
   * @param random a source of uniform numbers in [0, 1), for the jitter
   */
  public Duration backoff(int attempt, Duration retryAfter, DoubleSupplier random) {
    long capMillis = maxDelay.toMillis();
    long exponential = baseDelay.toMillis() << Math.min(Math.max(attempt - 1, 0), 30);
    if (exponential < 0 || exponential > capMillis) {
      exponential = capMillis;
    }
    long jittered =
        exponential / 2 + (long) (random.getAsDouble() * (exponential - exponential / 2));
    long asked = retryAfter == null ? 0 : Math.min(retryAfter.toMillis(), capMillis);
    return Duration.ofMillis(Math.max(jittered, asked));
  }
}
