package io.broadsheet.fetcher.politeness;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * Runs tasks that each make at most one request to a host, politely: per host, a request starts no
 * sooner than the host's delay after the previous request to it started, nor after any request to
 * it ended; at most {@code maxConcurrentPerHost} run at once; and {@code workers} tasks run at once
 * in all. A host waiting for its delay, or backing off, never holds a worker, so one slow or
 * delayed host never stalls the others. Ready hosts get free workers in turn (round robin).
 *
 * <p>A task reports what it did as a {@link Step}: done, or to run again after a wait (a retry, or
 * a second request such as the page after its robots.txt). A wait applies to the whole host: a
 * server that asked us to back off is not sent its other URLs meanwhile either. Thread-safe.
 */
public final class HostScheduler implements AutoCloseable {

  /** One unit of work for one host. */
  public interface Task {
    /** Runs on a worker thread; makes at most one request to the host; must not throw. */
    Step run();
  }

  /** What a task run did. */
  public sealed interface Step {
    /**
     * Whether the run sent a request to the host (a run that did not does not count for the delay).
     */
    boolean requested();
  }

  /** The task is finished. */
  public record Done(boolean requested) implements Step {}

  /** The task runs again, first in its host's line, no sooner than {@code after} from now. */
  public record Again(boolean requested, Duration after) implements Step {}

  /** A host's name and the number of its tasks waiting or running. */
  public record Depth(String host, int tasks) {}

  private static final Logger LOG = Logger.getLogger(HostScheduler.class);

  private final int maxConcurrentPerHost;
  private final int workers;
  private final Function<String, Duration> delayOf;
  private final ExecutorService pool;
  private final ScheduledExecutorService timer;
  private final Map<String, HostLine> lines = new HashMap<>();
  private final ArrayDeque<HostLine> ready = new ArrayDeque<>();
  private int busy;
  private int waiting;
  private boolean closed;

  /**
   * @param maxConcurrentPerHost tasks of one host running at once
   * @param workers tasks running at once in all (the worker threads)
   * @param delayOf the minimum gap between two requests to a host; asked at each request
   */
  public HostScheduler(int maxConcurrentPerHost, int workers, Function<String, Duration> delayOf) {
    if (maxConcurrentPerHost < 1 || workers < 1) {
      throw new IllegalArgumentException("concurrency limits must be at least 1");
    }
    this.maxConcurrentPerHost = maxConcurrentPerHost;
    this.workers = workers;
    this.delayOf = delayOf;
    this.pool = Executors.newFixedThreadPool(workers, threads("fetch-worker"));
    this.timer = Executors.newSingleThreadScheduledExecutor(threads("fetch-politeness-timer"));
  }

  /** Queues {@code task} behind the other tasks of {@code host}. */
  public void submit(String host, Task task) {
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("scheduler closed");
      }
      HostLine line = lines.computeIfAbsent(host, HostLine::new);
      line.tasks.addLast(task);
      waiting++;
      pump(line);
    }
  }

  /** Removes the waiting (not running) tasks that match; returns them. */
  public synchronized List<Task> removeWaiting(Predicate<Task> match) {
    List<Task> removed = new ArrayList<>();
    for (HostLine line : List.copyOf(lines.values())) {
      line.tasks.removeIf(
          t -> {
            if (match.test(t)) {
              removed.add(t);
              return true;
            }
            return false;
          });
      if (line.tasks.isEmpty()) {
        ready.remove(line);
        line.queuedForWorker = false;
      }
    }
    List.copyOf(lines.values()).forEach(this::forgetIfIdle);
    waiting -= removed.size();
    return removed;
  }

  /**
   * How long until the next request to {@code host} may start by its delay or back-off; zero when
   * it may now (or nothing is known of it).
   */
  public synchronized Duration untilNextStart(String host) {
    HostLine line = lines.get(host);
    if (line == null) {
      return Duration.ZERO;
    }
    return Duration.ofNanos(Math.max(0, line.nextStart - System.nanoTime()));
  }

  /** Tasks waiting for their turn (not running). */
  public synchronized int waiting() {
    return waiting;
  }

  /** Tasks running now. */
  public synchronized int running() {
    return busy;
  }

  /** Hosts with tasks waiting or running. */
  public synchronized int hosts() {
    return lines.size();
  }

  /** The {@code n} hosts with the most tasks waiting or running, deepest first. */
  public synchronized List<Depth> deepest(int n) {
    return lines.values().stream()
        .map(l -> new Depth(l.host, l.tasks.size() + l.running))
        .sorted(Comparator.comparingInt(Depth::tasks).reversed().thenComparing(Depth::host))
        .limit(n)
        .toList();
  }

  /**
   * Stops the workers at once; running tasks are interrupted, waiting ones are dropped (their
   * records are not acknowledged, so Kafka delivers them again).
   */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    timer.shutdownNow();
    pool.shutdownNow();
  }

  /**
   * Stops politely: starts nothing more, lets the requests under way end and the hosts' delays pass
   * (so whoever fetches these hosts next keeps the gap), at most {@code limit}, then closes.
   */
  public void shutdown(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    long lastStart;
    synchronized (this) {
      closed = true;
    }
    pool.shutdown();
    try {
      pool.awaitTermination(limit.toNanos(), TimeUnit.NANOSECONDS);
      synchronized (this) {
        lastStart = System.nanoTime();
        for (HostLine line : lines.values()) {
          if (line.nextStart - lastStart > 0) {
            lastStart = line.nextStart;
          }
        }
      }
      long wait = Math.min(lastStart, deadline) - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
  }

  /** Starts what {@code line} may start now, or arranges to look again when it may. */
  private void pump(HostLine line) {
    while (!line.tasks.isEmpty() && line.running < maxConcurrentPerHost && !closed) {
      long now = System.nanoTime();
      if (now - line.nextStart < 0) {
        wakeAt(line, line.nextStart);
        return;
      }
      if (busy >= workers) {
        if (!line.queuedForWorker) {
          line.queuedForWorker = true;
          ready.addLast(line);
        }
        return;
      }
      Task task = line.tasks.pollFirst();
      waiting--;
      busy++;
      line.running++;
      long previous = line.nextStart;
      long planned = now + delayOf.apply(line.host).toNanos();
      line.nextStart = planned;
      pool.execute(() -> runTask(line, task, previous, planned));
    }
  }

  private void runTask(HostLine line, Task task, long previousNextStart, long planned) {
    Step step;
    try {
      step = task.run();
    } catch (RuntimeException e) {
      LOG.errorf(e, "fetch task for %s failed unexpectedly", line.host);
      step = new Done(true);
    }
    synchronized (this) {
      busy--;
      line.running--;
      long now = System.nanoTime();
      if (step.requested()) {
        long afterEnd = now + delayOf.apply(line.host).toNanos();
        if (afterEnd - line.nextStart > 0) {
          line.nextStart = afterEnd;
        }
      } else if (line.nextStart == planned) {
        line.nextStart = previousNextStart; // nothing was sent: the slot is not used up
      }
      if (step instanceof Again again) {
        long notBefore = now + again.after().toNanos();
        if (notBefore - line.nextStart > 0) {
          line.nextStart = notBefore;
        }
        line.tasks.addFirst(task);
        waiting++;
      }
      pump(line);
      forgetIfIdle(line);
      while (busy < workers && !ready.isEmpty()) {
        HostLine next = ready.pollFirst();
        next.queuedForWorker = false;
        pump(next);
      }
    }
  }

  /**
   * Drops the line of a host with nothing to do once its delay has passed; until then it is kept,
   * so the next task of the host still waits for it.
   */
  private void forgetIfIdle(HostLine line) {
    if (!line.idle()) {
      return;
    }
    if (System.nanoTime() - line.nextStart >= 0) {
      lines.remove(line.host, line);
    } else {
      wakeAt(line, line.nextStart);
    }
  }

  private void wakeAt(HostLine line, long nanoTime) {
    if (closed) {
      return;
    }
    if (line.wakeAt != 0 && line.wakeAt - nanoTime <= 0) {
      return; // a wake-up no later than this one is already set
    }
    line.wakeAt = nanoTime;
    long delay = Math.max(0, nanoTime - System.nanoTime());
    timer.schedule(
        () -> {
          synchronized (this) {
            if (line.wakeAt == nanoTime) {
              line.wakeAt = 0;
            }
            if (lines.get(line.host) == line) {
              pump(line);
              forgetIfIdle(line);
            }
          }
        },
        delay,
        TimeUnit.NANOSECONDS);
  }

  private static ThreadFactory threads(String name) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** The tasks of one host and its timing. */
  private static final class HostLine {
    final String host;
    final ArrayDeque<Task> tasks = new ArrayDeque<>();
    int running;
    long nextStart = System.nanoTime();
    long wakeAt;
    boolean queuedForWorker;

    HostLine(String host) {
      this.host = host;
    }

    boolean idle() {
      return tasks.isEmpty() && running == 0;
    }
  }
}
