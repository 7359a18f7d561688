package io.broadsheet.fetcher.fetch;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of a {@link ResourceClient} GET: a response (2xx with its body, or 304 Not Modified
 * with none), or the reason there is none ({@link FetchOutcome.Failed}, shared with page downloads
 * so every failure carries the same reason codes).
 */
public sealed interface ResourceOutcome permits ResourceOutcome.Received, FetchOutcome.Failed {

  /** The URL that was asked for. */
  String requestedUrl();

  /**
   * A response arrived.
   *
   * @param requestedUrl the URL asked for
   * @param finalUrl the URL that answered, after redirects (normalised)
   * @param redirectChain every URL from the first to the final one, empty without redirects
   * @param status 2xx, or 304 when the copy held is still current
   * @param contentType the parsed {@code Content-Type}
   * @param etag the response's {@code ETag}, or null
   * @param lastModified the response's {@code Last-Modified}, or null
   * @param contentLanguage the response's {@code Content-Language}, or null
   * @param receivedAt when the body was complete
   * @param body the decoded body (empty for 304)
   */
  record Received(
      String requestedUrl,
      String finalUrl,
      List<String> redirectChain,
      int status,
      ContentType contentType,
      String etag,
      String lastModified,
      String contentLanguage,
      Instant receivedAt,
      byte[] body)
      implements ResourceOutcome {

    public Received {
      Objects.requireNonNull(requestedUrl, "requestedUrl");
      Objects.requireNonNull(finalUrl, "finalUrl");
      redirectChain = List.copyOf(redirectChain);
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(receivedAt, "receivedAt");
      Objects.requireNonNull(body, "body");
    }

    /** Whether the server said the copy held is still current (304). */
    public boolean notModified() {
      return status == 304;
    }
  }
}
