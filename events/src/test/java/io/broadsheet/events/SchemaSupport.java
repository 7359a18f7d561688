package io.broadsheet.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Loads the shipped schemas and samples from the classpath, as a consumer of the jar would. */
final class SchemaSupport {

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  static Set<ValidationMessage> validate(EventType type, JsonNode json) {
    try (InputStream in = resource(type.schemaResource())) {
      JsonSchema schema = FACTORY.getSchema(in, CONFIG);
      return schema.validate(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] sample(EventType type) {
    try (InputStream in = resource(type.sampleResource())) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(byte[] json) {
    try {
      return EventCodec.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = SchemaSupport.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + name);
    }
    return in;
  }

  private SchemaSupport() {}
}
