package io.broadsheet.fetcher.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

  private static PollSchedule schedule(double random) {
    return new PollSchedule(
        Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofMinutes(1), 0.1, () -> random);
  }

  private final PollSchedule middle = schedule(0.5);

  @Test
  void halvesTheIntervalWhenNewUrlsArrive() {
    assertThat(middle.adapt(Duration.ofMinutes(10), 3)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void lengthensTheIntervalWhenNothingIsNew() {
    assertThat(middle.adapt(Duration.ofMinutes(10), 0)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void staysWithinTheBounds() {
    assertThat(middle.adapt(Duration.ofSeconds(90), 1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(middle.adapt(Duration.ofHours(5), 0)).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void doublesTheBackOffPerFailureUpToTheMaximum() {
    assertThat(middle.backoff(1, null)).isEqualTo(Duration.ofMinutes(1));
    assertThat(middle.backoff(2, null)).isEqualTo(Duration.ofMinutes(2));
    assertThat(middle.backoff(5, null)).isEqualTo(Duration.ofMinutes(16));
    assertThat(middle.backoff(40, null)).isEqualTo(Duration.ofHours(6));
  }

  @Test
  void honoursALongerRetryAfter() {
    assertThat(middle.backoff(1, Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(30));
    assertThat(middle.backoff(3, Duration.ofSeconds(5))).isEqualTo(Duration.ofMinutes(4));
  }

  @Test
  void jitterStaysWithinItsFraction() {
    assertThat(schedule(0.0).jittered(Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(9));
    assertThat(schedule(0.5).jittered(Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(10));
    assertThat(schedule(0.999999).jittered(Duration.ofMinutes(10)))
        .isBetween(Duration.ofSeconds(659), Duration.ofMinutes(11));
  }

  @Test
  void refusesBoundsTheWrongWayRound() {
    assertThatThrownBy(
            () ->
                new PollSchedule(
                    Duration.ofHours(1),
                    Duration.ofMinutes(1),
                    Duration.ofMinutes(1),
                    0.1,
                    () -> 0))
        .hasMessage("min-interval PT1H is above max-interval PT1M");
  }
}
