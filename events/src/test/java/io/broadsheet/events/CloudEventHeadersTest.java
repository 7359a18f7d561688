package io.broadsheet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

  @Test
  void writesBinaryModeAttributesAsCePrefixedHeaders() {
    CloudEventHeaders ce =
        CloudEventHeaders.create(
            EventType.ARTICLE_EXTRACTED, "/broadsheet/extractor", "https://a.example/x");

    Map<String, byte[]> headers = ce.toKafkaHeaders();

    assertThat(headers.keySet())
        .containsExactly(
            "ce_specversion",
            "ce_id",
            "ce_source",
            "ce_type",
            "ce_time",
            "ce_subject",
            "content-type");
    assertThat(text(headers, "ce_type")).isEqualTo("io.broadsheet.article.extracted.v1");
    assertThat(text(headers, "ce_specversion")).isEqualTo("1.0");
    assertThat(text(headers, "content-type")).isEqualTo("application/json");
  }

  @Test
  void readsBackWhatItWrote() {
    CloudEventHeaders ce =
        CloudEventHeaders.create(
            EventType.PAGE_FETCHED, "/broadsheet/fetcher", "https://a.example/");

    assertThat(CloudEventHeaders.fromKafkaHeaders(ce.toKafkaHeaders())).isEqualTo(ce);
  }

  @Test
  void eachEventGetsItsOwnId() {
    assertThat(CloudEventHeaders.create(EventType.PAGE_REJECTED, "/s", null).id())
        .isNotEqualTo(CloudEventHeaders.create(EventType.PAGE_REJECTED, "/s", null).id());
  }

  @Test
  void subjectIsOptional() {
    CloudEventHeaders ce = CloudEventHeaders.create(EventType.PAGE_REJECTED, "/s", null);

    assertThat(ce.toKafkaHeaders()).doesNotContainKey("ce_subject");
    assertThat(CloudEventHeaders.fromKafkaHeaders(ce.toKafkaHeaders()).subject()).isNull();
  }

  @Test
  void missingRequiredAttributeIsAClearError() {
    Map<String, byte[]> headers = Map.of("ce_id", "1".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> CloudEventHeaders.fromKafkaHeaders(headers))
        .hasMessageContaining("ce_source");
  }

  private static String text(Map<String, byte[]> headers, String name) {
    return new String(headers.get(name), StandardCharsets.UTF_8);
  }
}
