package io.broadsheet.extractor.service;

import io.broadsheet.events.EventType;
import java.util.Objects;

/**
 * An event the extractor is to publish for one page, with its record key and CloudEvents subject.
 *
 * @param type {@link EventType#ARTICLE_EXTRACTED} or {@link EventType#PAGE_REJECTED}
 * @param key the record key: the canonical URL of an article, the URL of a rejected page
 * @param event the event record
 */
public record Publication(EventType type, String key, Object event) {
  public Publication {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(event, "event");
    if (!type.payload().isInstance(event)) {
      throw new IllegalArgumentException(type + " does not carry " + event.getClass());
    }
  }
}
