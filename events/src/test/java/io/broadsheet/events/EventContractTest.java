package io.broadsheet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventContractTest {

  /** The types whose record value is the event as JSON; v2 pages are in PageFetchedRecordTest. */
  static Stream<EventType> jsonValued() {
    return Arrays.stream(EventType.values()).filter(EventType::jsonValue);
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void goldenSampleValidatesAgainstItsSchema(EventType type) {
    assertThat(SchemaSupport.validate(type, SchemaSupport.tree(SchemaSupport.sample(type))))
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("jsonValued")
  void goldenSampleRoundTripsThroughTheRecordUnchanged(EventType type) {
    byte[] sample = SchemaSupport.sample(type);
    Object event = EventCodec.fromJson(sample, type.payload());

    byte[] written = EventCodec.toJson(event);

    assertThat(SchemaSupport.tree(written)).isEqualTo(SchemaSupport.tree(sample));
  }

  @ParameterizedTest
  @MethodSource("jsonValued")
  void schemaRejectsASampleMissingARequiredField(EventType type) {
    JsonNode tree = SchemaSupport.tree(SchemaSupport.sample(type));
    String required = tree.fieldNames().next();
    ((ObjectNode) tree).remove(required);

    assertThat(SchemaSupport.validate(type, tree)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("jsonValued")
  void unknownFieldsAreIgnoredSoAdditiveChangesNeverBreakConsumers(EventType type) {
    ObjectNode tree = (ObjectNode) SchemaSupport.tree(SchemaSupport.sample(type));
    tree.put("field_from_the_future", 42);

    Object event = EventCodec.fromJson(EventCodec.toJson(tree), type.payload());

    assertThat(event).isInstanceOf(type.payload());
    assertThat(SchemaSupport.validate(type, tree)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(EventType.class)
  void ceTypeCarriesAVersionAndMapsBackToItsType(EventType type) {
    assertThat(type.ceType()).startsWith("io.broadsheet.").matches(".*\\.v\\d+$");
    assertThat(EventType.ofCeType(type.ceType())).contains(type);
  }

  @org.junit.jupiter.api.Test
  void articleSampleIdAndHashAreDerivedFromItsContent() {
    ArticleExtracted article =
        EventCodec.fromJson(
            SchemaSupport.sample(EventType.ARTICLE_EXTRACTED), ArticleExtracted.class);

    assertThat(article.id()).isEqualTo(ArticleIds.forCanonicalUrl(article.canonicalUrl()));
    assertThat(article.contentHash()).isEqualTo(ArticleIds.sha256Hex(article.bodyText()));
    assertThat(article.published().getOffset().getTotalSeconds()).isEqualTo(3600);
    assertThat(article.body())
        .first()
        .extracting(ArticleExtracted.BodyBlock::kind)
        .isEqualTo(ArticleExtracted.Kind.PARAGRAPH);
  }

  @org.junit.jupiter.api.Test
  void pageBodyTravelsAsBase64AndDecodesToTheSameBytes() {
    PageFetched page =
        EventCodec.fromJson(SchemaSupport.sample(EventType.PAGE_FETCHED), PageFetched.class);

    assertThat(new String(page.body(), StandardCharsets.UTF_8)).startsWith("<!doctype html>");
    assertThat(SchemaSupport.tree(EventCodec.toJson(page)).get("body").asText())
        .isEqualTo(
            SchemaSupport.tree(SchemaSupport.sample(EventType.PAGE_FETCHED)).get("body").asText());
  }

  @org.junit.jupiter.api.Test
  void malformedJsonIsReportedAsAMalformedEvent() {
    assertThatThrownBy(
            () ->
                EventCodec.fromJson(
                    "{not json".getBytes(StandardCharsets.UTF_8), PageFetched.class))
        .isInstanceOf(EventCodec.MalformedEventException.class)
        .hasMessageContaining("PageFetched");
  }

  @org.junit.jupiter.api.Test
  void missingRequiredFieldIsReportedAsAMalformedEvent() {
    assertThatThrownBy(
            () ->
                EventCodec.fromJson(
                    "{\"url\":\"https://a.example/\"}".getBytes(StandardCharsets.UTF_8),
                    PageRejected.class))
        .isInstanceOf(EventCodec.MalformedEventException.class);
  }
}
