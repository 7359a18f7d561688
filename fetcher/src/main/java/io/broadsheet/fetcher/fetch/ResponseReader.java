package io.broadsheet.fetcher.fetch;

import io.broadsheet.events.Reasons;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Turns the final (non-redirect) response of a {@link ResourceDownloader} GET into an outcome: 304
 * and 2xx are received, other statuses fail as {@code http-NNN} with their Retry-After, an unwanted
 * media type or content encoding is refused before the body is read, and the body is read through
 * {@link BodyReader} with its decoded-size cap. Whenever the body is not read to its end the
 * connection is closed, never drained.
 */
final class ResponseReader {

  private final Clock clock;

  ResponseReader(Clock clock) {
    this.clock = clock;
  }

  /**
   * The outcome of {@code response}, which this method always closes.
   *
   * @throws IOException when the body cannot be read (a transport failure for the caller to name)
   */
  ResourceOutcome complete(
      ResourceRequest resource,
      String finalUrl,
      List<String> chain,
      HttpGet get,
      ClassicHttpResponse response)
      throws IOException {
    String requestedUrl = resource.url();
    int status = response.getCode();
    ContentType type = ContentType.parse(header(response, "Content-Type"));
    if (status == 304) {
      ResourceDownloader.release(get, response);
      return received(resource, finalUrl, chain, response, type, new byte[0]);
    }
    if (status < 200 || status > 299) {
      ResourceDownloader.release(get, response);
      return new FetchOutcome.Failed(
          requestedUrl,
          Reasons.http(status),
          "HTTP " + status + " from " + finalUrl,
          RetryAfter.parse(header(response, "Retry-After"), clock.instant()).orElse(null));
    }
    if (!resource.accept().test(type)) {
      ResourceDownloader.release(get, response);
      String given =
          type.mediaType() == null ? "no Content-Type" : "Content-Type " + type.mediaType();
      return failed(requestedUrl, Reasons.UNSUPPORTED_TYPE, given + " from " + finalUrl);
    }
    String encoding = contentEncoding(response);
    try {
      BodyReader.codings(encoding);
    } catch (BodyReader.UnsupportedEncodingException e) {
      ResourceDownloader.abort(get, response);
      return failed(requestedUrl, Reasons.UNSUPPORTED_TYPE, e.getMessage() + " from " + finalUrl);
    }
    HttpEntity entity = response.getEntity();
    long maxBodyBytes = resource.maxBodyBytes();
    long declared = entity == null ? 0 : entity.getContentLength();
    if (declared > maxBodyBytes) {
      ResourceDownloader.abort(get, response);
      return failed(
          requestedUrl,
          Reasons.TOO_LARGE,
          "Content-Length " + declared + " exceeds " + maxBodyBytes + " bytes");
    }
    if (entity == null) {
      ResourceDownloader.closeQuietly(response);
      return received(resource, finalUrl, chain, response, type, new byte[0]);
    }
    InputStream raw = entity.getContent();
    byte[] body;
    boolean atEnd;
    try {
      body = BodyReader.read(raw, encoding, maxBodyBytes, declared);
      atEnd = raw.read() == -1; // nothing after the encoded body: the connection can be reused
    } catch (BodyReader.TooLargeException e) {
      ResourceDownloader.abort(get, response);
      return failed(requestedUrl, Reasons.TOO_LARGE, e.getMessage() + " from " + finalUrl);
    } catch (BodyReader.CorruptBodyException e) {
      ResourceDownloader.abort(get, response);
      return failed(requestedUrl, Reasons.UNPARSEABLE, e.getMessage() + " from " + finalUrl);
    }
    if (atEnd) {
      ResourceDownloader.closeQuietly(response);
    } else {
      ResourceDownloader.abort(get, response);
    }
    return received(resource, finalUrl, chain, response, type, body);
  }

  private ResourceOutcome.Received received(
      ResourceRequest resource,
      String finalUrl,
      List<String> chain,
      ClassicHttpResponse response,
      ContentType type,
      byte[] body) {
    boolean notModified = response.getCode() == 304;
    String etag = header(response, "ETag");
    String lastModified = header(response, "Last-Modified");
    return new ResourceOutcome.Received(
        resource.url(),
        finalUrl,
        chain,
        response.getCode(),
        type,
        etag == null && notModified ? resource.etag() : etag,
        lastModified == null && notModified ? resource.lastModified() : lastModified,
        header(response, "Content-Language"),
        clock.instant(),
        body);
  }

  /** Every {@code Content-Encoding} header, joined in order. */
  private static String contentEncoding(ClassicHttpResponse response) {
    Header[] headers = response.getHeaders("Content-Encoding");
    if (headers.length == 0) {
      return null;
    }
    return Arrays.stream(headers).map(Header::getValue).collect(Collectors.joining(", "));
  }

  private static String header(ClassicHttpResponse response, String name) {
    Header header = response.getFirstHeader(name);
    return header == null ? null : header.getValue();
  }

  private static FetchOutcome.Failed failed(String url, String reason, String detail) {
    return new FetchOutcome.Failed(url, reason, detail);
  }
}
