package io.broadsheet.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the event attributes travel as {@code ce_*}
 * headers and the record value is the JSON event itself, so any Kafka client can read both.
 *
 * @param id unique per event (a UUID); consumers may de-duplicate on it
 * @param source URI-reference of the producing service, e.g. {@code /broadsheet/extractor}
 * @param type versioned type, e.g. {@code io.broadsheet.article.extracted.v1}
 * @param time when the event happened
 * @param subject what it is about (the URL)
 */
public record CloudEventHeaders(
    String id, String source, String type, Instant time, String subject) {

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/json";

  public CloudEventHeaders {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
  }

  /** Fresh attributes for an event of {@code type} produced by {@code source} now. */
  public static CloudEventHeaders create(EventType type, String source, String subject) {
    return new CloudEventHeaders(
        UUID.randomUUID().toString(), source, type.ceType(), Instant.now(), subject);
  }

  /** The Kafka headers, in a stable order, as UTF-8 bytes. */
  public Map<String, byte[]> toKafkaHeaders() {
    Map<String, byte[]> headers = new LinkedHashMap<>();
    put(headers, "ce_specversion", SPEC_VERSION);
    put(headers, "ce_id", id);
    put(headers, "ce_source", source);
    put(headers, "ce_type", type);
    put(headers, "ce_time", time.toString());
    if (subject != null) {
      put(headers, "ce_subject", subject);
    }
    put(headers, "content-type", CONTENT_TYPE);
    return headers;
  }

  /**
   * Reads the attributes back from Kafka headers.
   *
   * @throws IllegalArgumentException when a required attribute is missing
   */
  public static CloudEventHeaders fromKafkaHeaders(Map<String, byte[]> headers) {
    return new CloudEventHeaders(
        required(headers, "ce_id"),
        required(headers, "ce_source"),
        required(headers, "ce_type"),
        Instant.parse(required(headers, "ce_time")),
        optional(headers, "ce_subject"));
  }

  private static void put(Map<String, byte[]> headers, String name, String value) {
    headers.put(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static String required(Map<String, byte[]> headers, String name) {
    String value = optional(headers, name);
    if (value == null) {
      throw new IllegalArgumentException("missing CloudEvents header " + name);
    }
    return value;
  }

  private static String optional(Map<String, byte[]> headers, String name) {
    byte[] value = headers.get(name);
    return value == null ? null : new String(value, StandardCharsets.UTF_8);
  }
}
