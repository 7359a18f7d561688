package io.broadsheet.fetcher.fetch;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * What to GET: a URL, the validators of the copy already held (for a conditional GET), the cap on
 * the decoded body and the media types worth reading. A response of another type is refused before
 * its body is read.
 *
 * @param url the URL as given (it is normalised and checked before anything is sent)
 * @param etag the {@code ETag} of the copy held, or null
 * @param lastModified the {@code Last-Modified} of the copy held, or null
 * @param maxBodyBytes limit on the decoded body; larger is a {@code too-large} failure
 * @param accept which media types are read (the argument is never null, its media type may be)
 * @param acceptHeader the {@code Accept} header sent
 */
public record ResourceRequest(
    String url,
    String etag,
    String lastModified,
    long maxBodyBytes,
    Predicate<ContentType> accept,
    String acceptHeader) {

  public ResourceRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(accept, "accept");
    Objects.requireNonNull(acceptHeader, "acceptHeader");
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes > 0 required");
    }
  }

  /** An unconditional GET of any media type. */
  public static ResourceRequest any(String url, long maxBodyBytes) {
    return new ResourceRequest(url, null, null, maxBodyBytes, type -> true, "*/*");
  }

  /** The same request, conditional on the validators of a copy already held. */
  public ResourceRequest ifChangedSince(String etag, String lastModified) {
    return new ResourceRequest(url, etag, lastModified, maxBodyBytes, accept, acceptHeader);
  }
}
