package io.broadsheet.indexer.store;

import java.time.Instant;
import java.util.List;

/**
 * One version of an article, read back: a history row or the current row.
 *
 * @param version its number, 1 for the first
 * @param leadImage the lead image JSON, or null
 * @param body the body blocks JSON
 */
public record VersionRow(
    int version,
    Instant extractedAt,
    Instant fetchedAt,
    String title,
    String subtitle,
    List<String> authors,
    String section,
    List<String> topics,
    String leadImage,
    String body,
    String bodyText,
    int wordCount,
    String contentHash,
    String extractorVersion,
    List<String> changed) {}
