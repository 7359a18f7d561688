package io.broadsheet.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The versioned CloudEvents {@code type} of each event. Within a version changes are additive; a
 * breaking change is a new version (see {@code events/CHANGES.md}).
 */
public enum EventType {
  FETCH_REQUESTED("io.broadsheet.fetch.requested.v1", FetchRequested.class, "fetch-requested"),
  PAGE_FETCHED("io.broadsheet.page.fetched.v1", PageFetched.class, "page-fetched"),
  /**
   * The same page with the body bytes as the record value and the metadata in headers, see {@link
   * PageFetchedRecord}: no base64, no JSON.
   */
  PAGE_FETCHED_V2("io.broadsheet.page.fetched.v2", PageFetched.class, "page-fetched", false),
  ARTICLE_EXTRACTED(
      "io.broadsheet.article.extracted.v1", ArticleExtracted.class, "article-extracted"),
  PAGE_REJECTED("io.broadsheet.page.rejected.v1", PageRejected.class, "page-rejected");

  private final String ceType;
  private final Class<?> payload;
  private final String resourceName;
  private final boolean jsonValue;

  EventType(String ceType, Class<?> payload, String resourceName) {
    this(ceType, payload, resourceName, true);
  }

  EventType(String ceType, Class<?> payload, String resourceName, boolean jsonValue) {
    this.ceType = ceType;
    this.payload = payload;
    this.resourceName = resourceName + "." + ceType.substring(ceType.lastIndexOf('.') + 1);
    this.jsonValue = jsonValue;
  }

  /** The value of the {@code ce_type} header. */
  public String ceType() {
    return ceType;
  }

  /** The record class the event decodes to. */
  public Class<?> payload() {
    return payload;
  }

  /**
   * Whether the record value is this event as JSON ({@link EventCodec}); false when the value is
   * raw bytes and the event's fields travel in headers ({@link PageFetchedRecord}).
   */
  public boolean jsonValue() {
    return jsonValue;
  }

  /**
   * Classpath location of this event's JSON Schema: of the JSON value, or, when there is no JSON
   * value, of the golden sample's list of headers.
   */
  public String schemaResource() {
    return "/io/broadsheet/events/schema/" + resourceName + ".schema.json";
  }

  /**
   * Classpath location of this event's golden sample: the JSON value, or, when there is no JSON
   * value, the record's headers in order (see {@link PageFetchedRecord#SAMPLE_VALUE} for its
   * value).
   */
  public String sampleResource() {
    return "/io/broadsheet/events/samples/" + resourceName + ".json";
  }

  public static Optional<EventType> ofCeType(String ceType) {
    return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
  }

  /** The JSON-valued type of {@code event} (for a page, v1). */
  public static EventType ofPayload(Object event) {
    return Arrays.stream(values())
        .filter(EventType::jsonValue)
        .filter(t -> t.payload.isInstance(event))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not an event: " + event.getClass()));
  }
}
