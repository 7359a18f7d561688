package io.broadsheet.fetcher.discovery;

import java.time.Duration;
import java.time.Instant;

/**
 * A source as stored, with its polling state.
 *
 * @param id stable id ({@code src-N}); the {@code source} of the URLs it yields
 * @param spec what was configured
 * @param kindDetected whether {@code spec.kind()} was detected rather than given
 * @param origin {@code api} or {@code file}
 * @param currentInterval the adaptive interval now in use
 * @param etag validator of the last copy read, or null
 * @param lastModified validator of the last copy read, or null
 * @param status {@code new}, {@code ok}, {@code not-modified} or {@code failing}
 * @param polls polls completed (successful or not)
 * @param urlsFound URLs found over all polls
 * @param urlsNew URLs published for the first time over all polls
 * @param consecutiveFailures failed polls since the last good one
 * @param lastError what went wrong last, or null
 * @param lastPollAt when it was last polled, or null
 * @param nextPollAt when it is due
 */
public record Source(
    String id,
    SourceSpec spec,
    boolean kindDetected,
    String origin,
    Duration currentInterval,
    String etag,
    String lastModified,
    String status,
    long polls,
    long urlsFound,
    long urlsNew,
    int consecutiveFailures,
    String lastError,
    Instant lastPollAt,
    Instant nextPollAt) {}
