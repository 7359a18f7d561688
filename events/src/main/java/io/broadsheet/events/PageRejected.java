package io.broadsheet.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A URL or page that did not become an article, and why. Nothing is dropped silently: every stage
 * that gives up on a page says so here.
 *
 * @param url the URL concerned
 * @param stage the stage that rejected it: {@code fetcher}, {@code extractor} or {@code indexer}
 * @param reason a stable reason code from {@link Reasons}
 * @param detail human-readable detail (an exception message, a status line), may be null
 * @param rejectedAt when
 */
public record PageRejected(
    String url, String stage, String reason, String detail, Instant rejectedAt) {
  public PageRejected {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(rejectedAt, "rejectedAt");
  }
}
