package io.broadsheet.extractor.replay;

import java.util.Locale;

/** Where a replay job is; only {@link #QUEUED} and {@link #RUNNING} can still change. */
public enum ReplayStatus {
  /** Accepted, waiting for the job before it on this replica. */
  QUEUED,
  RUNNING,
  DONE,
  FAILED,
  CANCELLED;

  /** The name in the API: lower case. */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isActive() {
    return this == QUEUED || this == RUNNING;
  }
}
