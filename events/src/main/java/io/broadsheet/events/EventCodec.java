package io.broadsheet.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON mapping of events on the wire: snake_case keys, ISO-8601 times (offsets kept as the
 * page stated them), byte arrays as base64, nulls omitted, unknown fields ignored so that additive
 * changes never break an older consumer.
 */
public final class EventCodec {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  /** The shared mapper; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static byte[] toJson(Object event) {
    try {
      return MAPPER.writeValueAsBytes(event);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise " + event.getClass().getSimpleName(), e);
    }
  }

  /**
   * Reads an event.
   *
   * @throws MalformedEventException when the bytes are not a valid event of that type
   */
  public static <T> T fromJson(byte[] json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException | RuntimeException e) {
      throw new MalformedEventException(
          "not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** A message that cannot be read as the event its topic promises. */
  public static final class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private EventCodec() {}
}
