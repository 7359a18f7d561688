package io.broadsheet.fetcher.fetch;

/**
 * GETs one resource over HTTP(S) with every safeguard of a page download: URL checks, the address
 * policy on every hop, redirects with loop detection, one deadline, content decoding with a cap on
 * the decoded bytes. Used for pages and for discovery documents (feeds, sitemaps, robots.txt, URL
 * lists) alike. Implementations never throw and are thread-safe.
 */
public interface ResourceClient {

  /** Performs {@code request}; a failure is a {@link FetchOutcome.Failed} with a reason code. */
  ResourceOutcome get(ResourceRequest request);
}
