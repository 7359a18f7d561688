package io.broadsheet.fetcher.discovery;

import java.time.Duration;
import java.util.Objects;

/**
 * A source as configured (through the API or the sources file), already checked.
 *
 * @param url the normalised URL of the feed, sitemap, list or section page
 * @param kind how to read it, or null to detect it from the first document fetched
 * @param interval how often to poll it (the starting point of the adaptive interval)
 * @param include for {@code site}: regex a followed link must match to count as an article, or null
 * @param exclude for {@code site}: regex of links neither followed nor published, or null
 * @param maxDepth for {@code site}: link depth followed from the page, or null for the default
 */
public record SourceSpec(
    String url,
    SourceKind kind,
    Duration interval,
    String include,
    String exclude,
    Integer maxDepth) {
  public SourceSpec {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(interval, "interval");
  }
}
