package io.broadsheet.fetcher.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.broadsheet.fetcher.discovery.Source;
import java.time.Instant;

/**
 * A source as the API shows it.
 *
 * @param id stable id, also the {@code source} of the URLs it yields
 * @param url the normalised URL polled
 * @param kind {@code feed|sitemap|list|site}, null until detected
 * @param kindDetected whether the kind was detected rather than given
 * @param interval the configured interval (ISO-8601)
 * @param currentInterval the adaptive interval now in use
 * @param include site sources: regex of article links
 * @param exclude site sources: regex of links to ignore
 * @param maxDepth site sources: link depth followed
 * @param origin {@code api} or {@code file}
 * @param status {@code new}, {@code ok}, {@code not-modified} or {@code failing}
 * @param polls polls so far
 * @param urlsFound URLs found over all polls
 * @param urlsNew URLs published for the first time (or re-fetch) over all polls
 * @param consecutiveFailures failed polls in a row
 * @param lastError what went wrong last (also partial problems of a good poll), or null
 * @param lastPollAt when it was last polled
 * @param nextPollAt when it is due next
 */
public record SourceResponse(
    String id,
    String url,
    String kind,
    @JsonProperty("kind_detected") boolean kindDetected,
    String interval,
    @JsonProperty("current_interval") String currentInterval,
    String include,
    String exclude,
    @JsonProperty("max_depth") Integer maxDepth,
    String origin,
    String status,
    long polls,
    @JsonProperty("urls_found") long urlsFound,
    @JsonProperty("urls_new") long urlsNew,
    @JsonProperty("consecutive_failures") int consecutiveFailures,
    @JsonProperty("last_error") String lastError,
    @JsonProperty("last_poll_at") Instant lastPollAt,
    @JsonProperty("next_poll_at") Instant nextPollAt) {

  static SourceResponse of(Source source) {
    return new SourceResponse(
        source.id(),
        source.spec().url(),
        source.spec().kind() == null ? null : source.spec().kind().code(),
        source.kindDetected(),
        source.spec().interval().toString(),
        source.currentInterval().toString(),
        source.spec().include(),
        source.spec().exclude(),
        source.spec().maxDepth(),
        source.origin(),
        source.status(),
        source.polls(),
        source.urlsFound(),
        source.urlsNew(),
        source.consecutiveFailures(),
        source.lastError(),
        source.lastPollAt(),
        source.nextPollAt());
  }
}
