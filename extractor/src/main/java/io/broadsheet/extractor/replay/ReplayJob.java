package io.broadsheet.extractor.replay;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One replay and its progress. Counters are written by the job's thread and read by the API's, so
 * they are atomic; {@link #snapshot()} is what the API shows.
 */
public final class ReplayJob {

  private final String id;
  private final ReplayRange range;
  private final boolean dryRun;
  private final Instant createdAt;
  final AtomicLong scanned = new AtomicLong();
  final AtomicLong matched = new AtomicLong();
  final AtomicLong extracted = new AtomicLong();
  final AtomicLong rejected = new AtomicLong();
  final AtomicLong failed = new AtomicLong();
  private volatile ReplayStatus status = ReplayStatus.QUEUED;
  private volatile boolean cancelRequested;
  private volatile Instant startedAt;
  private volatile Instant finishedAt;
  private volatile String error;

  ReplayJob(String id, ReplayRange range, boolean dryRun, Instant createdAt) {
    this.id = id;
    this.range = range;
    this.dryRun = dryRun;
    this.createdAt = createdAt;
  }

  public String id() {
    return id;
  }

  public ReplayRange range() {
    return range;
  }

  public boolean dryRun() {
    return dryRun;
  }

  public ReplayStatus status() {
    return status;
  }

  /** Asks the job to stop after the record it is on; a queued job never starts. */
  void requestCancel() {
    cancelRequested = true;
  }

  boolean cancelRequested() {
    return cancelRequested;
  }

  synchronized void started(Instant now) {
    startedAt = now;
    status = ReplayStatus.RUNNING;
  }

  synchronized void finished(ReplayStatus end, Instant now, String problem) {
    status = end;
    finishedAt = now;
    error = problem;
  }

  /** The job as the API shows it, consistent for status and times. */
  public synchronized ReplayView snapshot() {
    return new ReplayView(
        id,
        status.apiName(),
        range.from(),
        range.to(),
        range.site().orElse(null),
        dryRun,
        scanned.get(),
        matched.get(),
        extracted.get(),
        rejected.get(),
        failed.get(),
        createdAt,
        startedAt,
        finishedAt,
        error);
  }
}
