package io.broadsheet.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A page was downloaded. Carries the raw body bytes (base64 in JSON) and the response headers the
 * extractor needs to decode and date it. Keyed by the host of {@link #finalUrl()}.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL after redirects
 * @param redirects the redirect chain from requested to final URL, empty when none
 * @param status HTTP status of the final response
 * @param contentType the {@code Content-Type} media type, without parameters
 * @param charset the charset from the {@code Content-Type} header, or null when absent
 * @param etag the {@code ETag} header, or null
 * @param lastModified the {@code Last-Modified} header as sent, or null
 * @param contentLanguage the {@code Content-Language} header, or null
 * @param fetchedAt when the response was complete
 * @param body the decoded (not content-encoded) body bytes
 */
public record PageFetched(
    String requestedUrl,
    String finalUrl,
    List<String> redirects,
    int status,
    String contentType,
    String charset,
    String etag,
    String lastModified,
    String contentLanguage,
    Instant fetchedAt,
    byte[] body) {
  public PageFetched {
    Objects.requireNonNull(requestedUrl, "requestedUrl");
    Objects.requireNonNull(finalUrl, "finalUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    redirects = redirects == null ? List.of() : List.copyOf(redirects);
    body = body == null ? new byte[0] : body;
  }
}
