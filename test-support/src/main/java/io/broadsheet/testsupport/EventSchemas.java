package io.broadsheet.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.broadsheet.events.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Checks event JSON against the JSON Schemas (draft 2020-12) published with the event contract, so
 * a test can prove that what a service puts on a topic is what the contract promises.
 */
public final class EventSchemas {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  /** Asserts that {@code json} is a valid {@code type} event. */
  public static void assertValid(EventType type, byte[] json) {
    assertValid(type.schemaResource(), json);
  }

  /**
   * Asserts that {@code json} is valid against the schema at classpath location {@code
   * schemaResource} (e.g. {@code /io/broadsheet/events/schema/page-fetched.v1.schema.json}).
   *
   * @throws AssertionError listing every violation, or saying the JSON does not parse
   */
  public static void assertValid(String schemaResource, byte[] json) {
    JsonNode document;
    try {
      document = JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(
          "not JSON (" + e.getMessage() + "): " + new String(json, StandardCharsets.UTF_8));
    }
    Set<ValidationMessage> violations = schema(schemaResource).validate(document);
    if (!violations.isEmpty()) {
      throw new AssertionError(
          violations.size()
              + " violation(s) of "
              + schemaResource
              + ":\n"
              + violations.stream()
                  .map(v -> "  " + v.getMessage())
                  .sorted()
                  .collect(Collectors.joining("\n"))
              + "\nin: "
              + document.toPrettyString());
    }
  }

  private static JsonSchema schema(String resource) {
    return SCHEMAS.computeIfAbsent(resource, EventSchemas::load);
  }

  private static JsonSchema load(String resource) {
    JsonNode schemaJson = readSchema(resource);
    String classpathLocation = "classpath:" + stripLeadingSlash(resource);
    String classpathDir = classpathLocation.substring(0, classpathLocation.lastIndexOf('/') + 1);
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> {
              // A schema whose $id is a web address refers to its siblings by that address; they
              // ship next to it on the classpath, so read them there instead of over the network.
              String id = schemaJson.path("$id").asText("");
              if (id.startsWith("http://") || id.startsWith("https://")) {
                String idDir = id.substring(0, id.lastIndexOf('/') + 1);
                builder.schemaMappers(mappers -> mappers.mapPrefix(idDir, classpathDir));
              }
            });
    // Formats (date-time, uri, ...) are only annotations in 2020-12 unless asserted; the contract
    // means them, so check them.
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return factory.getSchema(SchemaLocation.of(classpathLocation), schemaJson, config);
  }

  private static JsonNode readSchema(String resource) {
    try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("no JSON Schema on the classpath at " + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema " + resource, e);
    }
  }

  private static String stripLeadingSlash(String resource) {
    return resource.startsWith("/") ? resource.substring(1) : resource;
  }

  private EventSchemas() {}
}
