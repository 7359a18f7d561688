package io.broadsheet.fetcher.discovery;

import java.time.Instant;

/**
 * A URL found in a discovery document, as written there.
 *
 * @param url the URL (absolute, or relative to the document)
 * @param date its publication date or lastmod, or null when the document gives none
 */
public record DiscoveredUrl(String url, Instant date) {}
