package io.broadsheet.events;

import io.broadsheet.events.EventCodec.MalformedEventException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@link PageFetched} as a {@code io.broadsheet.page.fetched.v2} Kafka record: CloudEvents binary
 * content mode, the record value is the decoded body bytes exactly as downloaded (no base64, no
 * JSON) and everything else travels in headers, all values UTF-8:
 *
 * <ul>
 *   <li>{@code ce_specversion} {@code 1.0}, {@code ce_id}, {@code ce_source}, {@code ce_type}
 *       {@code io.broadsheet.page.fetched.v2}: required
 *   <li>{@code ce_time}: when the response was complete ({@link PageFetched#fetchedAt()}), RFC 3339
 *   <li>{@code ce_subject}: the final URL, required
 *   <li>{@code content-type}: the body's media type with its {@code charset} parameter when the
 *       server sent one ({@code text/html; charset=utf-8}); absent when the server sent none
 *   <li>{@value #REQUESTED_URL}: the URL asked for, required
 *   <li>{@value #REDIRECT}: one header per URL of the redirect chain, in order; none when no
 *       redirect
 *   <li>{@value #STATUS}: the HTTP status, decimal, required
 *   <li>{@value #ETAG}, {@value #LAST_MODIFIED}, {@value #CONTENT_LANGUAGE}: the response headers
 *       as sent, each absent when the server sent none
 * </ul>
 *
 * Plain {@code broadsheet-} headers rather than CloudEvents extension attributes because the
 * redirect chain is a list and extension names cannot carry the dashes that make these readable.
 * Producers and consumers share this one implementation; other languages follow the golden sample
 * ({@link EventType#PAGE_FETCHED_V2} {@code sampleResource()} and {@link #SAMPLE_VALUE}).
 */
public final class PageFetchedRecord {

  /** The URL asked for. */
  public static final String REQUESTED_URL = "broadsheet-requested-url";

  /** One URL of the redirect chain; repeated, in order. */
  public static final String REDIRECT = "broadsheet-redirect";

  /** HTTP status of the final response, decimal. */
  public static final String STATUS = "broadsheet-status";

  /** The {@code ETag} response header. */
  public static final String ETAG = "broadsheet-etag";

  /** The {@code Last-Modified} response header as sent. */
  public static final String LAST_MODIFIED = "broadsheet-last-modified";

  /** The {@code Content-Language} response header. */
  public static final String CONTENT_LANGUAGE = "broadsheet-content-language";

  /** The body's media type and charset (CloudEvents {@code datacontenttype}). */
  public static final String CONTENT_TYPE = "content-type";

  /** Classpath location of the golden sample's record value (its headers: the event's sample). */
  public static final String SAMPLE_VALUE = "/io/broadsheet/events/samples/page-fetched.v2.html";

  /**
   * One Kafka header; the same name may occur more than once ({@link #REDIRECT}). A null value
   * (which Kafka allows) reads as empty, so a required header with one counts as missing.
   */
  public record Header(String name, byte[] value) {
    public Header {
      Objects.requireNonNull(name, "name");
      value = value == null ? new byte[0] : value;
    }

    /** A header whose value is {@code text} as UTF-8. */
    public static Header of(String name, String text) {
      return new Header(name, text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private PageFetchedRecord() {}

  /**
   * The headers of {@code page} as a v2 record, in a stable order; the value is {@code
   * page.body()}, sent as it is.
   *
   * @param id the CloudEvents id (unique per event)
   * @param source the CloudEvents source, e.g. {@code /broadsheet/fetcher}
   */
  public static List<Header> headers(PageFetched page, String id, String source) {
    List<Header> headers = new ArrayList<>(12 + page.redirects().size());
    headers.add(Header.of("ce_specversion", CloudEventHeaders.SPEC_VERSION));
    headers.add(Header.of("ce_id", id));
    headers.add(Header.of("ce_source", source));
    headers.add(Header.of("ce_type", EventType.PAGE_FETCHED_V2.ceType()));
    headers.add(Header.of("ce_time", page.fetchedAt().toString()));
    headers.add(Header.of("ce_subject", page.finalUrl()));
    if (page.contentType() != null) {
      headers.add(
          Header.of(
              CONTENT_TYPE,
              page.charset() == null
                  ? page.contentType()
                  : page.contentType() + "; charset=" + page.charset()));
    }
    headers.add(Header.of(REQUESTED_URL, page.requestedUrl()));
    for (String redirect : page.redirects()) {
      headers.add(Header.of(REDIRECT, redirect));
    }
    headers.add(Header.of(STATUS, Integer.toString(page.status())));
    optional(headers, ETAG, page.etag());
    optional(headers, LAST_MODIFIED, page.lastModified());
    optional(headers, CONTENT_LANGUAGE, page.contentLanguage());
    return headers;
  }

  /** Bytes the headers add to a record (names and values), for size limits. */
  public static int size(List<Header> headers) {
    int bytes = 0;
    for (Header header : headers) {
      bytes += header.name().length() + header.value().length;
    }
    return bytes;
  }

  /**
   * Reads a v2 record back. Unknown headers are ignored (additive changes within v2); for a
   * single-valued header that occurs more than once, the last one counts, as Kafka's {@code
   * lastHeader} would have it.
   *
   * @param headers the record's headers, in order
   * @param value the record value: the body bytes (null reads as empty)
   * @throws MalformedEventException when a required header is missing, a header is not UTF-8, or
   *     the type, status or time is not what v2 promises
   */
  public static PageFetched decode(Iterable<Header> headers, byte[] value) {
    Map<String, String> last = new HashMap<>();
    List<String> redirects = new ArrayList<>();
    for (Header header : headers) {
      String text = utf8(header);
      if (header.name().equals(REDIRECT)) {
        redirects.add(text);
      } else {
        last.put(header.name(), text);
      }
    }
    String type = required(last, "ce_type");
    if (!type.equals(EventType.PAGE_FETCHED_V2.ceType())) {
      throw malformed("ce_type is " + type + ", not " + EventType.PAGE_FETCHED_V2.ceType());
    }
    String specVersion = required(last, "ce_specversion");
    if (!specVersion.equals(CloudEventHeaders.SPEC_VERSION)) {
      throw malformed("ce_specversion is " + specVersion + ", not 1.0");
    }
    required(last, "ce_id");
    required(last, "ce_source");
    String[] contentType = contentType(last.get(CONTENT_TYPE));
    return new PageFetched(
        required(last, REQUESTED_URL),
        required(last, "ce_subject"),
        redirects,
        status(required(last, STATUS)),
        contentType[0],
        contentType[1],
        last.get(ETAG),
        last.get(LAST_MODIFIED),
        last.get(CONTENT_LANGUAGE),
        time(required(last, "ce_time")),
        value);
  }

  /**
   * Reads a page record of either version, by its {@code ce_type}: v2 as {@link #decode}, v1 (and a
   * record without {@code ce_type}, as hand-written v1 records may be) as the JSON event.
   *
   * @throws MalformedEventException when the record is not a valid page of its version, or its
   *     {@code ce_type} is not a page type
   */
  public static PageFetched read(Iterable<Header> headers, byte[] value) {
    String type = null;
    for (Header header : headers) {
      if (header.name().equals("ce_type")) {
        type = new String(header.value(), StandardCharsets.UTF_8);
      }
    }
    if (EventType.PAGE_FETCHED_V2.ceType().equals(type)) {
      return decode(headers, value);
    }
    if (type == null || type.equals(EventType.PAGE_FETCHED.ceType())) {
      if (value == null) {
        throw new MalformedEventException("not a valid PageFetched: no value", null);
      }
      return EventCodec.fromJson(value, PageFetched.class);
    }
    throw new MalformedEventException(
        "not a valid PageFetched: ce_type "
            + type
            + " is neither "
            + EventType.PAGE_FETCHED.ceType()
            + " nor "
            + EventType.PAGE_FETCHED_V2.ceType(),
        null);
  }

  /** Media type and charset parameter (null when absent) of a {@code content-type} value. */
  private static String[] contentType(String header) {
    if (header == null) {
      return new String[2];
    }
    String[] parts = header.split(";");
    String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
    String charset = null;
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
        charset = parameter.substring(equals + 1).strip();
        if (charset.length() >= 2 && charset.startsWith("\"") && charset.endsWith("\"")) {
          charset = charset.substring(1, charset.length() - 1);
        }
      }
    }
    if (mediaType.isEmpty()) {
      throw malformed(CONTENT_TYPE + " has no media type: " + header);
    }
    return new String[] {mediaType, charset == null || charset.isEmpty() ? null : charset};
  }

  private static int status(String text) {
    try {
      int status = Integer.parseInt(text);
      if (status >= 100 && status <= 599) {
        return status;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw malformed(STATUS + " is not an HTTP status: " + text);
  }

  private static Instant time(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw malformed("ce_time is not an RFC 3339 time: " + text);
    }
  }

  private static String utf8(Header header) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(header.value()))
          .toString();
    } catch (CharacterCodingException e) {
      throw malformed("header " + header.name() + " is not UTF-8");
    }
  }

  private static String required(Map<String, String> headers, String name) {
    String value = headers.get(name);
    if (value == null || value.isBlank()) {
      throw malformed("missing header " + name);
    }
    return value;
  }

  private static void optional(List<Header> headers, String name, String value) {
    if (value != null) {
      headers.add(Header.of(name, value));
    }
  }

  private static MalformedEventException malformed(String problem) {
    return new MalformedEventException("not a valid PageFetched v2 record: " + problem, null);
  }
}
