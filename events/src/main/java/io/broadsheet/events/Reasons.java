package io.broadsheet.events;

/**
 * Stable reason codes of {@link PageRejected}. Codes are a contract: add new ones, never rename.
 * HTTP failures use {@code http-<status>} (see {@link #http(int)}).
 */
public final class Reasons {
  /** The page (or its event) is larger than the configured limit. */
  public static final String TOO_LARGE = "too-large";

  /** The response is not HTML/XHTML. */
  public static final String UNSUPPORTED_TYPE = "unsupported-type";

  /** The page is a page, but not an article (a section front, a tag page, ...). */
  public static final String NOT_ARTICLE = "not-article";

  /** No usable text was found. */
  public static final String EMPTY = "empty";

  /** The page only shows a consent/cookie wall. */
  public static final String CONSENT_WALL = "consent-wall";

  /** The page could not be parsed or extracted at all. */
  public static final String UNPARSEABLE = "unparseable";

  /** The fetch timed out. */
  public static final String TIMEOUT = "timeout";

  /** The host name could not be resolved. */
  public static final String DNS = "dns";

  /** The connection failed (refused, reset, closed early). */
  public static final String CONNECTION = "connection";

  /** The TLS handshake failed (untrusted or mismatched certificate, no common protocol, ...). */
  public static final String TLS = "tls";

  /** Redirects went round in a loop or past the limit. */
  public static final String REDIRECT_LOOP = "redirect-loop";

  /** robots.txt disallows the URL. */
  public static final String ROBOTS_DISALLOWED = "robots-disallowed";

  /** The URL is not an absolute http(s) URL or otherwise invalid. */
  public static final String INVALID_URL = "invalid-url";

  /** The URL (or an address it resolves to) is blocked by policy. */
  public static final String BLOCKED = "blocked";

  /** A reason code for an HTTP error status, e.g. {@code http-404}. */
  public static String http(int status) {
    return "http-" + status;
  }

  private Reasons() {}
}
