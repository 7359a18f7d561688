package io.broadsheet.fetcher.url;

/** What {@link UrlNormalizer} made of a URL: a normalised URL to fetch, or why not. */
public sealed interface UrlVerdict {

  /** The URL exactly as given. */
  String input();

  /**
   * An absolute http(s) URL, normalised.
   *
   * @param input the URL as given
   * @param url the normalised URL
   * @param host its lower-case host (IPv6 literals keep their brackets)
   */
  record Valid(String input, String url, String host) implements UrlVerdict {}

  /**
   * A URL that cannot be fetched.
   *
   * @param input the URL as given
   * @param reason human-readable reason, naming which rule it broke
   */
  record Invalid(String input, String reason) implements UrlVerdict {}
}
