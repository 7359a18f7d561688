package io.broadsheet.fetcher.politeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's ordering guarantees. Gaps are asserted only from below (the scheduler guarantees
 * them), never that something happened fast.
 */
class HostSchedulerTest {

  private static final Duration DELAY = Duration.ofMillis(200);

  private final Map<String, List<long[]>> runs = new ConcurrentHashMap<>();

  /** A task that records when it started and ended, taking {@code millis}. */
  private HostScheduler.Task request(String host, long millis, CountDownLatch done) {
    return () -> {
      long start = System.nanoTime();
      sleep(millis);
      runs.computeIfAbsent(host, h -> new CopyOnWriteArrayList<>())
          .add(new long[] {start, System.nanoTime()});
      done.countDown();
      return new HostScheduler.Done(true);
    };
  }

  @Test
  void startsRequestsToAHostAtLeastTheDelayAfterThePreviousOneEnded() throws Exception {
    CountDownLatch done = new CountDownLatch(5);
    try (HostScheduler scheduler = new HostScheduler(1, 4, host -> DELAY)) {
      for (int i = 0; i < 5; i++) {
        scheduler.submit("a.example", request("a.example", 30, done));
      }
      assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    }
    List<long[]> a = runs.get("a.example");
    for (int i = 1; i < a.size(); i++) {
      assertThat(a.get(i)[0] - a.get(i - 1)[1]).isGreaterThanOrEqualTo(DELAY.toNanos());
    }
  }

  @Test
  void aSlowHostHoldsNoWorkerWhileItWaitsForItsDelay() throws Exception {
    // One worker: if a host waiting for its delay held it, b would wait for all of a.
    CountDownLatch done = new CountDownLatch(6);
    try (HostScheduler scheduler =
        new HostScheduler(1, 1, host -> host.equals("a.example") ? Duration.ofSeconds(2) : DELAY)) {
      for (int i = 0; i < 3; i++) {
        scheduler.submit("a.example", request("a.example", 0, done));
      }
      for (int i = 0; i < 3; i++) {
        scheduler.submit("b.example", request("b.example", 0, done));
      }
      assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    }
    long secondOfA = runs.get("a.example").get(1)[0];
    assertThat(runs.get("b.example")).allSatisfy(run -> assertThat(run[0]).isLessThan(secondOfA));
  }

  @Test
  void limitsRequestsUnderWayPerHost() throws Exception {
    AtomicInteger now = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(8);
    try (HostScheduler scheduler = new HostScheduler(2, 8, host -> Duration.ZERO)) {
      for (int i = 0; i < 8; i++) {
        scheduler.submit(
            "a.example",
            () -> {
              most.accumulateAndGet(now.incrementAndGet(), Math::max);
              sleep(50);
              now.decrementAndGet();
              done.countDown();
              return new HostScheduler.Done(true);
            });
      }
      assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void runsATaskAgainNoSoonerThanItAskedAndHoldsBackTheHostMeanwhile() throws Exception {
    List<Long> starts = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(2);
    AtomicInteger attempts = new AtomicInteger();
    try (HostScheduler scheduler = new HostScheduler(1, 4, host -> Duration.ZERO)) {
      scheduler.submit(
          "a.example",
          () -> {
            starts.add(System.nanoTime());
            if (attempts.incrementAndGet() == 1) {
              return new HostScheduler.Again(true, Duration.ofMillis(500));
            }
            done.countDown();
            return new HostScheduler.Done(true);
          });
      scheduler.submit(
          "a.example",
          () -> {
            starts.add(System.nanoTime());
            done.countDown();
            return new HostScheduler.Done(true);
          });
      assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(starts).hasSize(3);
    assertThat(starts.get(1) - starts.get(0)).isGreaterThanOrEqualTo(500_000_000L);
    assertThat(attempts.get()).isEqualTo(2); // the retried task went first
  }

  @Test
  void keepsAnIdleHostsDelayForItsNextTask() throws Exception {
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch second = new CountDownLatch(1);
    try (HostScheduler scheduler = new HostScheduler(1, 4, host -> Duration.ofMillis(400))) {
      scheduler.submit("a.example", request("a.example", 0, first));
      assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();
      await().until(() -> scheduler.running() == 0);
      scheduler.submit("a.example", request("a.example", 0, second));
      assertThat(second.await(30, TimeUnit.SECONDS)).isTrue();
    }
    List<long[]> a = runs.get("a.example");
    assertThat(a.get(1)[0] - a.get(0)[1]).isGreaterThanOrEqualTo(400_000_000L);
  }

  @Test
  void aTaskThatSentNothingDoesNotUseUpTheHostsTurn() throws Exception {
    CountDownLatch done = new CountDownLatch(2);
    List<Long> starts = new CopyOnWriteArrayList<>();
    try (HostScheduler scheduler = new HostScheduler(1, 4, host -> Duration.ofHours(1))) {
      scheduler.submit(
          "a.example",
          () -> {
            starts.add(System.nanoTime());
            done.countDown();
            return new HostScheduler.Done(false);
          });
      scheduler.submit(
          "a.example",
          () -> {
            starts.add(System.nanoTime());
            done.countDown();
            return new HostScheduler.Done(true);
          });
      assertThat(done.await(30, TimeUnit.SECONDS))
          .as("second ran without the hour's delay")
          .isTrue();
    }
  }

  @Test
  void reportsTheDeepestHosts() {
    CountDownLatch never = new CountDownLatch(1);
    try (HostScheduler scheduler = new HostScheduler(1, 1, host -> Duration.ofHours(1))) {
      for (int i = 0; i < 3; i++) {
        scheduler.submit("a.example", request("a.example", 0, never));
      }
      scheduler.submit("b.example", request("b.example", 0, never));
      await().until(() -> scheduler.running() == 0);
      assertThat(scheduler.deepest(1)).containsExactly(new HostScheduler.Depth("a.example", 2));
      assertThat(scheduler.hosts()).isEqualTo(2);
      assertThat(scheduler.removeWaiting(t -> true)).hasSize(2);
      assertThat(scheduler.waiting()).isZero();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
