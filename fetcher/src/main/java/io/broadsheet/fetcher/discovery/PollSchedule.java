package io.broadsheet.fetcher.discovery;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When a source is polled next. The interval adapts within [{@code min}, {@code max}]: a poll that
 * found new URLs halves it, a poll that found nothing new (or got 304) makes it 1.5 times longer.
 * After a failure the wait is {@code failureBackoff} doubled per consecutive failure, at most
 * {@code max}, and never shorter than a {@code Retry-After} the server sent. Every wait gets up to
 * {@code jitter} of itself added or taken at random, so sources do not poll in lock-step.
 *
 * @param min the shortest interval
 * @param max the longest interval and longest back-off
 * @param failureBackoff the wait after a first failure
 * @param jitter fraction of a wait added or taken at random (0 to 1)
 * @param random a source of uniform numbers in [0, 1)
 */
public record PollSchedule(
    Duration min, Duration max, Duration failureBackoff, double jitter, DoubleSupplier random) {

  public PollSchedule {
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("min-interval " + min + " is above max-interval " + max);
    }
    if (jitter < 0 || jitter >= 1) {
      throw new IllegalArgumentException("jitter must be in [0, 1): " + jitter);
    }
  }

  /** The interval after a successful poll that found {@code newUrls} new URLs. */
  public Duration adapt(Duration current, long newUrls) {
    Duration next = newUrls > 0 ? current.dividedBy(2) : current.multipliedBy(3).dividedBy(2);
    return clamp(next);
  }

  /** The wait after the {@code failures}-th consecutive failure (1 for the first). */
  public Duration backoff(int failures, Duration retryAfter) {
    Duration wait = failureBackoff;
    for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    if (wait.compareTo(max) > 0) {
      wait = max;
    }
    return retryAfter != null && retryAfter.compareTo(wait) > 0 ? retryAfter : wait;
  }

  /** {@code wait} with jitter applied. */
  public Duration jittered(Duration wait) {
    double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
    return Duration.ofMillis(Math.round(wait.toMillis() * factor));
  }

  /** {@code interval} within [min, max]. */
  public Duration clamp(Duration interval) {
    if (interval.compareTo(min) < 0) {
      return min;
    }
    return interval.compareTo(max) > 0 ? max : interval;
  }
}
