package io.broadsheet.extractor.replay;

import io.broadsheet.extractor.config.ExtractorConfig;
import io.broadsheet.extractor.messaging.EventPublisher;
import io.broadsheet.extractor.service.ExtractionService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This replica's replay jobs, in memory: a restart forgets them (re-running one is harmless, the
 * indexer only makes a new version of a changed content). Jobs run one at a time on their own
 * thread, so a replay takes one core at most beside the listener; later ones wait as {@code
 * queued}.
 */
@ApplicationScoped
public class ReplayJobs {

  private static final Logger LOG = Logger.getLogger(ReplayJobs.class);

  private final ExtractorConfig.Replay config;
  private final String bootstrapServers;
  private final ExtractionService service;
  private final EventPublisher publisher;
  private final Clock clock = Clock.systemUTC();
  private final Map<String, ReplayJob> jobs = new LinkedHashMap<>();
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "broadsheet-replay");
            t.setDaemon(true);
            return t;
          });

  public ReplayJobs(
      ExtractorConfig config,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      ExtractionService service,
      EventPublisher publisher) {
    this.config = config.replay();
    this.bootstrapServers = bootstrapServers;
    this.service = service;
    this.publisher = publisher;
  }

  /**
   * Queues a replay of {@code range}.
   *
   * @throws ReplayConflictException when a queued or running job overlaps {@code range}
   */
  public synchronized ReplayJob submit(ReplayRange range, boolean dryRun) {
    for (ReplayJob job : jobs.values()) {
      if (job.status().isActive() && job.range().overlaps(range)) {
        throw new ReplayConflictException(
            job.id(),
            "replay "
                + job.id()
                + " ("
                + job.status().apiName()
                + ") already covers part of this range and site; wait for it or cancel it");
      }
    }
    forgetOldest();
    ReplayJob job = new ReplayJob(UUID.randomUUID().toString(), range, dryRun, clock.instant());
    jobs.put(job.id(), job);
    thread.execute(() -> run(job));
    LOG.infof("replay %s queued: %s%s", job.id(), range, dryRun ? " (dry run)" : "");
    return job;
  }

  public synchronized Optional<ReplayJob> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** Every job this replica remembers, newest first. */
  public synchronized List<ReplayJob> list() {
    List<ReplayJob> all = new ArrayList<>(jobs.values());
    all.sort(Comparator.comparing((ReplayJob j) -> j.snapshot().createdAt()).reversed());
    return all;
  }

  /** Cancels {@code id} if it is still queued or running; a finished job stays as it ended. */
  public synchronized Optional<ReplayJob> cancel(String id) {
    ReplayJob job = jobs.get(id);
    if (job != null && job.status().isActive()) {
      job.requestCancel();
      if (job.status() == ReplayStatus.QUEUED) {
        job.finished(ReplayStatus.CANCELLED, clock.instant(), null);
      }
    }
    return Optional.ofNullable(job);
  }

  private void run(ReplayJob job) {
    if (job.cancelRequested()) {
      return; // cancelled while queued
    }
    job.started(clock.instant());
    try {
      boolean complete =
          new ReplayRun(job, bootstrapServers, config.pollTimeout(), service, publisher).run();
      job.finished(complete ? ReplayStatus.DONE : ReplayStatus.CANCELLED, clock.instant(), null);
      LOG.infof("replay %s %s: %s", job.id(), job.status().apiName(), job.snapshot());
    } catch (RuntimeException e) {
      job.finished(ReplayStatus.FAILED, clock.instant(), String.valueOf(e.getMessage()));
      LOG.errorf(e, "replay %s failed", job.id());
    }
  }

  /** Keeps the registry bounded: the oldest finished jobs go first. */
  private void forgetOldest() {
    int excess = jobs.size() - config.keepJobs() + 1;
    var it = jobs.values().iterator();
    while (excess > 0 && it.hasNext()) {
      if (!it.next().status().isActive()) {
        it.remove();
        excess--;
      }
    }
  }

  @PreDestroy
  void stop() {
    synchronized (this) {
      jobs.values().forEach(ReplayJob::requestCancel);
    }
    thread.shutdown();
  }
}
