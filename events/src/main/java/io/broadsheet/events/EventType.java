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
  ARTICLE_EXTRACTED(
      "io.broadsheet.article.extracted.v1", ArticleExtracted.class, "article-extracted"),
  PAGE_REJECTED("io.broadsheet.page.rejected.v1", PageRejected.class, "page-rejected");

  private final String ceType;
  private final Class<?> payload;
  private final String resourceName;

  EventType(String ceType, Class<?> payload, String resourceName) {
    this.ceType = ceType;
    this.payload = payload;
    this.resourceName = resourceName;
  }

  /** The value of the {@code ce_type} header. */
  public String ceType() {
    return ceType;
  }

  /** The record class carried as the JSON value. */
  public Class<?> payload() {
    return payload;
  }

  /** Classpath location of this event's JSON Schema. */
  public String schemaResource() {
    return "/io/broadsheet/events/schema/" + resourceName + ".v1.schema.json";
  }

  /** Classpath location of this event's golden sample. */
  public String sampleResource() {
    return "/io/broadsheet/events/samples/" + resourceName + ".v1.json";
  }

  public static Optional<EventType> ofCeType(String ceType) {
    return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
  }

  public static EventType ofPayload(Object event) {
    return Arrays.stream(values())
        .filter(t -> t.payload.isInstance(event))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not an event: " + event.getClass()));
  }
}
