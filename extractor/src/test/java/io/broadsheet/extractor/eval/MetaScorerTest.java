package io.broadsheet.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.events.EventCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class MetaScorerTest {

  @Test
  void titleMatchesAfterNfkcAndWhitespaceCollapse() {
    MetaScorer scorer = new MetaScorer();
    scorer.add(json("{\"title\": \"Ferry  returns\"}"), json("{\"title\": \" Ferry\\nreturns \"}"));
    scorer.add(
        json("{\"title\": \"Ferry returns\"}"), json("{\"title\": \"Ferry returns | Gazette\"}"));

    assertThat(scorer.summary().get("title.exact")).isEqualTo(0.5);
  }

  @Test
  void authorsArePooledCaseInsensitiveSets() {
    MetaScorer scorer = new MetaScorer();
    scorer.add(
        json("{\"authors\": [\"Ana Ruiz\", \"Tom Berg\"]}"),
        json("{\"authors\": [\"ana ruiz\", \"Desk\"]}"));

    // tp 1, fp 1, fn 1
    assertThat(scorer.summary().get("authors.f1")).isEqualTo(0.5);
  }

  @Test
  void publishedWithOffsetsIsComparedAsAnInstant() {
    MetaScorer scorer = new MetaScorer();
    scorer.add(
        json("{\"published\": \"2024-05-03T06:57:50+00:00\"}"),
        json("{\"published\": \"2024-05-03T08:57:00+02:00\"}"));

    assertThat(scorer.summary().get("published.day")).isEqualTo(1.0);
    assertThat(scorer.summary().get("published.minute")).isEqualTo(1.0);
  }

  @Test
  void dayIsThePublishersLocalDay() {
    MetaScorer scorer = new MetaScorer();
    scorer.add(
        json("{\"published\": \"2024-05-03T00:30:00+02:00\"}"),
        json("{\"published\": \"2024-05-02T22:30:00Z\"}"));

    assertThat(scorer.summary().get("published.day")).isEqualTo(1.0);
  }

  @Test
  void dateOnlyPredictionIsRightToTheDayButNeverToTheMinute() {
    MetaScorer scorer = new MetaScorer();
    scorer.add(
        json("{\"published\": \"2024-05-03T14:05:00\"}"), json("{\"published\": \"2024-05-03\"}"));

    assertThat(scorer.summary().get("published.day")).isEqualTo(1.0);
    assertThat(scorer.summary().get("published.minute")).isEqualTo(0.0);
  }

  @Test
  void unlabelledFieldsAreLeftOut() {
    MetaScorer scorer = new MetaScorer();
    scorer.add(json("{\"title\": \"A\", \"topics\": null}"), json("{\"title\": \"A\"}"));

    assertThat(scorer.count("topics.f1")).isZero();
    assertThat(scorer.count("title.exact")).isEqualTo(1);
  }

  @Test
  void languageComparesThePrimarySubtag() {
    MetaScorer scorer = new MetaScorer();
    scorer.add(json("{\"language\": \"de\"}"), json("{\"language\": \"de-AT\"}"));
    scorer.add(json("{\"language\": \"nb\"}"), json("{\"language\": \"nn\"}"));

    assertThat(scorer.summary().get("language")).isEqualTo(1.0);
  }

  private static JsonNode json(String text) {
    try {
      return EventCodec.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
