package io.broadsheet.fetcher.service;

import io.broadsheet.events.FetchRequested;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageRejected;
import io.broadsheet.events.Reasons;
import io.broadsheet.events.Topics;
import io.broadsheet.fetcher.config.PolitenessConfig;
import io.broadsheet.fetcher.fetch.FetchOutcome;
import io.broadsheet.fetcher.fetch.PageDownloader;
import io.broadsheet.fetcher.messaging.EventPublisher;
import io.broadsheet.fetcher.politeness.HostScheduler;
import io.broadsheet.fetcher.politeness.RetryPolicy;
import io.broadsheet.fetcher.politeness.RobotsCache;
import io.broadsheet.fetcher.politeness.RobotsVerdict;
import io.broadsheet.fetcher.politeness.UnreachableHosts;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Fetches requested URLs politely and publishes each outcome: {@link PageFetched} on success,
 * {@link PageRejected} otherwise (robots.txt refusal, a final HTTP error, retries exhausted, a page
 * whose event would not fit in a Kafka record). Each URL is a task of the {@link HostScheduler}:
 * robots.txt is read first (one request, cached), then the page; retryable failures are tried again
 * after the {@link RetryPolicy}'s back-off, each attempt a request that counts for the host's
 * delay; a site whose URLs keep failing to connect is skipped for a while ({@link
 * UnreachableHosts}). The future of {@link #fetch} completes once the broker acknowledged the
 * outcome event, and fails when it did not, so the caller's input is never acknowledged before its
 * output is safe.
 */
@ApplicationScoped
public class FetchService {

  /** The stage name in {@link PageRejected#stage()}. */
  public static final String STAGE = FetchMetrics.STAGE;

  /**
   * Room left under {@link Topics#MAX_MESSAGE_BYTES} for the key, the CloudEvents headers and the
   * record overhead the producer counts against {@code max.request.size}.
   */
  static final int RECORD_OVERHEAD_BYTES = 64 * 1024;

  /**
   * Outcome events sent and not yet acknowledged, at most: below the emitters' buffer (128 by
   * default), so a broker slower than the downloads holds the workers back instead of overflowing
   * the buffer (which would fail the send).
   */
  static final int PUBLISH_WINDOW = 96;

  private static final Logger LOG = Logger.getLogger(FetchService.class);

  private final PageDownloader downloader;
  private final RobotsCache robots;
  private final RetryPolicy retries;
  private final UnreachableHosts unreachable;
  private final HostScheduler scheduler;
  private final EventPublisher publisher;
  private final FetchMetrics metrics;
  private final Set<Integer> revoked = ConcurrentHashMap.newKeySet();
  private final Set<FetchTask> running = ConcurrentHashMap.newKeySet();
  private final Semaphore publishing = new Semaphore(PUBLISH_WINDOW);
  private final Duration shutdownWait;

  public FetchService(
      PageDownloader downloader,
      RobotsCache robots,
      RetryPolicy retries,
      UnreachableHosts unreachable,
      HostScheduler scheduler,
      EventPublisher publisher,
      FetchMetrics metrics,
      PolitenessConfig config) {
    this.downloader = downloader;
    this.robots = robots;
    this.retries = retries;
    this.unreachable = unreachable;
    this.scheduler = scheduler;
    this.publisher = publisher;
    this.metrics = metrics;
    this.shutdownWait = config.revokeWait();
  }

  /**
   * Queues {@code request} (read from {@code partition}) behind the other URLs of its host. The
   * future completes when the outcome event was acknowledged by the broker, fails when it could not
   * be published, and is cancelled when the partition was revoked before the URL was done.
   */
  public CompletableFuture<Void> fetch(FetchRequested request, int partition) {
    FetchTask task = new FetchTask(request, partition);
    revoked.remove(partition);
    scheduler.submit(request.host(), task);
    return task.done;
  }

  /**
   * Gives up the URLs of {@code partitions}, which another replica now owns: waiting ones are
   * cancelled at once; then this waits, at most {@code limit}, until the requests under way to
   * their hosts have ended and the hosts' delays have passed, so the new owner's first request
   * cannot come sooner than ours would have. Returns how many URLs were cancelled.
   */
  public int relinquish(Collection<Integer> partitions, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    revoked.addAll(partitions);
    List<HostScheduler.Task> dropped =
        scheduler.removeWaiting(t -> partitions.contains(((FetchTask) t).partition));
    Set<String> hosts = new HashSet<>();
    for (HostScheduler.Task t : dropped) {
      FetchTask task = (FetchTask) t;
      hosts.add(task.request.host());
      task.done.cancel(false);
    }
    try {
      while (running.stream().anyMatch(t -> partitions.contains(t.partition))
          && System.nanoTime() < deadline) {
        running.stream()
            .filter(t -> partitions.contains(t.partition))
            .forEach(t -> hosts.add(t.request.host()));
        Thread.sleep(10);
      }
      for (String host : hosts) {
        long wait =
            Math.min(
                scheduler.untilNextStart(host).toNanos(),
                Math.max(0, deadline - System.nanoTime()));
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return dropped.size();
  }

  /**
   * Stops fetching: requests under way end and their hosts' delays pass (at most {@code
   * broadsheet.politeness.revoke-wait}); URLs not done are not acknowledged, so they are delivered
   * again, to whichever replica owns their partition next.
   */
  @PreDestroy
  void stop() {
    scheduler.shutdown(shutdownWait);
  }

  /**
   * Whether an event of {@code eventBytes} (value, and in v2 the page's headers) can be sent within
   * {@link Topics#MAX_MESSAGE_BYTES}.
   */
  static boolean fitsInRecord(int eventBytes) {
    return eventBytes <= Topics.MAX_MESSAGE_BYTES - RECORD_OVERHEAD_BYTES;
  }

  /** One requested URL on its way through robots.txt, attempts and publication. */
  private final class FetchTask implements HostScheduler.Task {
    final FetchRequested request;
    final int partition;
    final CompletableFuture<Void> done = new CompletableFuture<>();
    // The caller's trace (the consumer's fetch span): each step runs on whichever scheduler
    // thread is free, so the context travels with the task, not with a thread.
    final Context trace = Context.current();
    int attempt;

    FetchTask(FetchRequested request, int partition) {
      this.request = request;
      this.partition = partition;
    }

    @Override
    public HostScheduler.Step run() {
      if (revoked.contains(partition)) {
        done.cancel(false);
        return new HostScheduler.Done(false);
      }
      running.add(this);
      try (Scope ignored = trace.makeCurrent()) {
        return step();
      } catch (RuntimeException e) {
        LOG.errorf(e, "fetching %s failed unexpectedly", request.url());
        done.completeExceptionally(e);
        return new HostScheduler.Done(true);
      } finally {
        running.remove(this);
      }
    }

    private HostScheduler.Step step() {
      String url = request.url();
      if (!absoluteHttp(url)) {
        finish(reject(Reasons.INVALID_URL, "not an absolute http(s) URL"));
        return new HostScheduler.Done(false);
      }
      Optional<String> skipped = unreachable.skip(url);
      if (skipped.isPresent()) {
        finish(reject(Reasons.CONNECTION, skipped.get()));
        return new HostScheduler.Done(false);
      }
      boolean requested = false;
      RobotsVerdict verdict = robots.check(url);
      if (verdict instanceof RobotsVerdict.Unknown) {
        verdict = robots.fetch(url);
        requested = true;
        if (verdict instanceof RobotsVerdict.Allowed) {
          return new HostScheduler.Again(true, Duration.ZERO); // the page, after the delay
        }
      }
      if (verdict instanceof RobotsVerdict.Disallowed disallowed) {
        finish(
            reject(
                Reasons.ROBOTS_DISALLOWED,
                "disallowed by " + disallowed.robotsUrl() + " for " + robots.agent()));
        return new HostScheduler.Done(requested);
      }
      if (verdict instanceof RobotsVerdict.Unavailable unavailable) {
        FetchOutcome.Failed failure = unavailable.failure();
        attempt++;
        return failed(
            requested,
            new FetchOutcome.Failed(
                url,
                failure.reason(),
                "robots.txt unavailable: " + failure.detail(),
                failure.retryAfter()));
      }
      attempt++;
      metrics.attempted();
      FetchOutcome outcome = downloader.download(url);
      if (outcome instanceof FetchOutcome.Fetched fetched) {
        unreachable.reached(url);
        metrics.status(fetched.page().status());
        finish(publish(fetched.page()));
        return new HostScheduler.Done(true);
      }
      FetchOutcome.Failed failure = (FetchOutcome.Failed) outcome;
      if (failure.reason().startsWith("http-")) {
        unreachable.reached(url); // it answered, if not with a page
      }
      metrics.failed(failure.reason());
      return failed(true, failure);
    }

    /** Failed attempt {@link #attempt}: retried after a back-off while attempts remain. */
    private HostScheduler.Step failed(boolean requested, FetchOutcome.Failed failure) {
      if (retries.retries(attempt, failure.reason())) {
        Duration wait =
            retries.backoff(
                attempt, failure.retryAfter(), () -> ThreadLocalRandom.current().nextDouble());
        metrics.retried(failure.reason());
        LOG.debugf(
            "attempt %d of %s failed (%s), retrying in %s",
            attempt, request.url(), failure.reason(), wait);
        return new HostScheduler.Again(requested, wait);
      }
      String detail =
          attempt > 1 ? failure.detail() + " (after " + attempt + " attempts)" : failure.detail();
      if (failure.reason().equals(Reasons.CONNECTION) || failure.reason().equals(Reasons.DNS)) {
        unreachable.unreachable(request.url(), failure.detail());
      }
      finish(reject(failure.reason(), detail));
      return new HostScheduler.Done(requested);
    }

    private void finish(CompletableFuture<Void> published) {
      published.whenComplete(
          (ok, error) -> {
            if (error == null) {
              done.complete(null);
            } else {
              done.completeExceptionally(error);
            }
          });
    }

    private CompletableFuture<Void> publish(PageFetched page) {
      EventPublisher.PageRecord record = publisher.pageRecord(page);
      if (!fitsInRecord(record.size())) {
        return reject(
            Reasons.TOO_LARGE,
            "PageFetched event of " + record.size() + " bytes would exceed the record limit");
      }
      return windowed(() -> publisher.pageFetched(record))
          .thenRun(
              () -> {
                metrics.fetched(page.body().length);
                LOG.debugf("fetched %s (%d bytes)", page.finalUrl(), page.body().length);
              });
    }

    private CompletableFuture<Void> reject(String reason, String detail) {
      String url = request.url();
      return windowed(
              () ->
                  publisher.pageRejected(
                      new PageRejected(url, STAGE, reason, detail, Instant.now())))
          .thenRun(
              () -> {
                metrics.rejected(reason);
                LOG.infof("rejected %s: %s (%s)", url, reason, detail);
              });
    }
  }

  /** Sends within the {@link #PUBLISH_WINDOW}, waiting for room if need be. */
  private CompletableFuture<Void> windowed(Supplier<CompletableFuture<Void>> send) {
    publishing.acquireUninterruptibly();
    CompletableFuture<Void> sent;
    try {
      sent = send.get();
    } catch (RuntimeException e) {
      publishing.release();
      throw e;
    }
    return sent.whenComplete((ok, error) -> publishing.release());
  }

  private static boolean absoluteHttp(String url) {
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme();
      return uri.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
