package io.broadsheet.fetcher.discovery;

import java.time.Duration;
import java.util.List;

/** What reading a source once gave. */
public sealed interface ReadResult {

  /**
   * The source was read.
   *
   * @param kind its kind (detected when it had none)
   * @param urls every URL found, as written (not yet normalised, de-duplicated or filtered by age)
   * @param etag the validator to send next time, or null
   * @param lastModified the validator to send next time, or null
   * @param problems what went wrong on the way without failing the poll (a child sitemap that did
   *     not load, a section page that did not parse...), for the source's status
   */
  record Read(
      SourceKind kind,
      List<DiscoveredUrl> urls,
      String etag,
      String lastModified,
      List<String> problems)
      implements ReadResult {
    public Read {
      urls = List.copyOf(urls);
      problems = List.copyOf(problems);
    }
  }

  /** The server said the copy read last time is still current (304). */
  record NotModified() implements ReadResult {}

  /**
   * The source could not be read.
   *
   * @param reason a reason code ({@code http-500}, {@code timeout}, {@code unparseable}, ...)
   * @param detail what happened, for people
   * @param retryAfter how long the server asked us to wait, or null
   */
  record Failed(String reason, String detail, Duration retryAfter) implements ReadResult {}
}
