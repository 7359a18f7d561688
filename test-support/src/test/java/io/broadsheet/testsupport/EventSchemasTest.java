package io.broadsheet.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

  private static final String SCHEMA = "/schemas/parcel-sent.v1.schema.json";

  @Test
  void acceptsAValidEvent() {
    assertThatCode(
            () ->
                EventSchemas.assertValid(
                    SCHEMA,
                    json(
                        "{\"parcel\":\"p-1\",\"sent_at\":\"2026-03-01T10:15:30Z\","
                            + "\"to\":{\"city\":\"Lyon\",\"postcode\":\"69001\"}}")))
        .doesNotThrowAnyException();
  }

  @Test
  void listsEveryViolation() {
    assertThatThrownBy(
            () ->
                EventSchemas.assertValid(
                    SCHEMA, json("{\"sent_at\":\"yesterday\",\"to\":{\"city\":\"Lyon\"}}")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("3 violation(s)")
        .hasMessageContaining("parcel")
        .hasMessageContaining("sent_at")
        .hasMessageContaining("postcode");
  }

  @Test
  void followsReferencesToSiblingSchemasOnTheClasspath() {
    // "to" is defined in address.v1.schema.json, referenced through the schema's web $id.
    assertThatThrownBy(
            () ->
                EventSchemas.assertValid(
                    SCHEMA,
                    json(
                        "{\"parcel\":\"p-1\",\"sent_at\":\"2026-03-01T10:15:30Z\","
                            + "\"to\":{\"city\":\"Lyon\",\"postcode\":\"6 9 0\"}}")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("postcode");
  }

  @Test
  void rejectsSomethingThatIsNotJson() {
    assertThatThrownBy(() -> EventSchemas.assertValid(SCHEMA, json("{parcel")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not JSON");
  }

  @Test
  void saysWhenTheSchemaIsMissing() {
    assertThatThrownBy(() -> EventSchemas.assertValid("/schemas/none.json", json("{}")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no JSON Schema on the classpath at /schemas/none.json");
  }

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
