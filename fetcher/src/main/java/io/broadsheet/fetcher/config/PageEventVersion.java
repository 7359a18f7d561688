package io.broadsheet.fetcher.config;

/**
 * Which version of the page event the fetcher publishes ({@code
 * broadsheet.fetch.page-event-version}).
 */
public enum PageEventVersion {
  /**
   * {@code io.broadsheet.page.fetched.v1}: the page as JSON, body base64, for consumers not yet
   * moved.
   */
  V1,
  /** {@code io.broadsheet.page.fetched.v2}: the body bytes as the value, metadata in headers. */
  V2
}
