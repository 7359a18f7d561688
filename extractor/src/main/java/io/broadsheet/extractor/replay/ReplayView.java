package io.broadsheet.extractor.replay;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A replay job's progress as {@code GET /replay/{id}} answers it.
 *
 * @param scanned records of the topic read in the range's offsets, whatever their time or site
 * @param matched records inside the time range and of the site
 * @param extracted pages that became an {@code ArticleExtracted}
 * @param rejected pages that became a {@code PageRejected}
 * @param failed records that are not a valid page (logged, skipped)
 */
public record ReplayView(
    String id,
    String status,
    Instant from,
    Instant to,
    String site,
    @JsonProperty("dry_run") boolean dryRun,
    long scanned,
    long matched,
    long extracted,
    long rejected,
    long failed,
    @JsonProperty("created_at") Instant createdAt,
    @JsonProperty("started_at") Instant startedAt,
    @JsonProperty("finished_at") Instant finishedAt,
    String error) {}
