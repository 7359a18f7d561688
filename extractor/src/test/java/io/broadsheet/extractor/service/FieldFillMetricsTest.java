package io.broadsheet.extractor.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.ArticleExtracted.LeadImage;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FieldFillMetricsTest {

  private static final int MIN_WORDS = 40;
  private static final OffsetDateTime WHEN = OffsetDateTime.parse("2025-06-02T08:15:00+01:00");

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void anArticleFillingEveryFieldCountsEachFieldOnce() {
    FieldFillMetrics metrics = new FieldFillMetrics(registry, true, 10, MIN_WORDS);

    metrics.record(full("tide.example"));

    assertThat(articles("tide.example")).isEqualTo(1.0);
    assertThat(fields("tide.example"))
        .hasSize(FilledField.values().length)
        .containsOnlyKeys(labels());
    assertThat(fields("tide.example").values()).containsOnly(1.0);
  }

  @Test
  void aBareArticleRegistersEveryFieldAtZeroSoADropToNothingStillHasASeries() {
    FieldFillMetrics metrics = new FieldFillMetrics(registry, true, 10, MIN_WORDS);

    metrics.record(bare("tide.example", 12));

    assertThat(articles("tide.example")).isEqualTo(1.0);
    Map<String, Double> fields = fields("tide.example");
    assertThat(fields).containsOnlyKeys(labels());
    assertThat(fields).containsEntry("title", 1.0);
    fields.remove("title");
    assertThat(fields.values()).containsOnly(0.0);
  }

  @Test
  void blankTextAndAnImageWithoutCaptionAreNotFilled() {
    FieldFillMetrics metrics = new FieldFillMetrics(registry, true, 10, MIN_WORDS);
    ArticleExtracted blanks =
        article(
            "tide.example",
            "Quay lights switched on",
            "  ",
            List.of(),
            null,
            " ",
            "",
            "\t",
            new LeadImage("https://tide.example/lights.jpg", " ", null),
            MIN_WORDS,
            null);

    metrics.record(blanks);

    Map<String, Double> fields = fields("tide.example");
    assertThat(fields).containsEntry("lead_image", 1.0).containsEntry("body", 1.0);
    assertThat(fields)
        .containsEntry("subtitle", 0.0)
        .containsEntry("section", 0.0)
        .containsEntry("language", 0.0)
        .containsEntry("site_name", 0.0)
        .containsEntry("lead_image_caption", 0.0);
  }

  @Test
  void theBodyIsFilledFromTheNotArticleMinimumOfWords() {
    FieldFillMetrics metrics = new FieldFillMetrics(registry, true, 10, MIN_WORDS);

    metrics.record(bare("short.example", MIN_WORDS - 1));
    metrics.record(bare("enough.example", MIN_WORDS));

    assertThat(fields("short.example")).containsEntry("body", 0.0);
    assertThat(fields("enough.example")).containsEntry("body", 1.0);
  }

  @Test
  void aPageSayingItIsFreeToReadFillsPaywalled() {
    FieldFillMetrics metrics = new FieldFillMetrics(registry, true, 10, MIN_WORDS);
    ArticleExtracted free =
        article("tide.example", "Free", null, null, null, null, null, null, null, 50, false);

    metrics.record(free);

    assertThat(fields("tide.example")).containsEntry("paywalled", 1.0);
  }

  @Test
  void sitesBeyondTheCapAreCountedAsOtherAndTheFirstKeepTheirLabel() {
    FieldFillMetrics metrics = new FieldFillMetrics(registry, true, 2, MIN_WORDS);

    metrics.record(full("one.example"));
    metrics.record(full("two.example"));
    metrics.record(full("three.example"));
    metrics.record(full("four.example"));
    metrics.record(full("one.example"));

    assertThat(articles("one.example")).isEqualTo(2.0);
    assertThat(articles("two.example")).isEqualTo(1.0);
    assertThat(articles(FieldFillMetrics.OTHER)).isEqualTo(2.0);
    assertThat(fields(FieldFillMetrics.OTHER)).containsEntry("title", 2.0);
    assertThat(registry.find(FieldFillMetrics.ARTICLES).tag("site", "three.example").counter())
        .isNull();
    assertThat(registry.get(FieldFillMetrics.SITES).gauge().value()).isEqualTo(2.0);
  }

  @Test
  void anArticleWithoutASiteIsCountedAsOther() {
    FieldFillMetrics metrics = new FieldFillMetrics(registry, true, 10, MIN_WORDS);

    metrics.record(full(null));

    assertThat(articles(FieldFillMetrics.OTHER)).isEqualTo(1.0);
    assertThat(registry.get(FieldFillMetrics.SITES).gauge().value()).isZero();
  }

  @Test
  void disabledRegistersNoMeters() {
    FieldFillMetrics metrics = new FieldFillMetrics(registry, false, 10, MIN_WORDS);

    metrics.record(full("tide.example"));

    assertThat(registry.getMeters()).isEmpty();
  }

  private double articles(String site) {
    return registry.get(FieldFillMetrics.ARTICLES).tag("site", site).counter().count();
  }

  /** Field label to count, for one site. */
  private Map<String, Double> fields(String site) {
    Map<String, Double> counts = new TreeMap<>();
    for (Counter counter : registry.get(FieldFillMetrics.FIELDS).tag("site", site).counters()) {
      counts.put(counter.getId().getTag("field"), counter.count());
    }
    return counts;
  }

  private static String[] labels() {
    return Arrays.stream(FilledField.values()).map(FilledField::label).toArray(String[]::new);
  }

  private static ArticleExtracted full(String site) {
    return article(
        site,
        "Quay lights switched on",
        "The harbour is lit again after a week of darkness",
        List.of("Ines Karlsen"),
        List.of("Coastal Press"),
        "Harbour",
        "en",
        "The Tide",
        new LeadImage("https://tide.example/lights.jpg", "The lights at dusk", null),
        120,
        true);
  }

  private static ArticleExtracted bare(String site, int words) {
    return article(
        site, "Quay lights switched on", null, null, null, null, null, null, null, words, null);
  }

  private static ArticleExtracted article(
      String site,
      String title,
      String subtitle,
      List<String> names,
      List<String> credit,
      String section,
      String language,
      String siteName,
      LeadImage image,
      int words,
      Boolean paywalled) {
    // an article with a byline also gets dates and topics: full() fills all, the others none
    boolean dated = names != null && !names.isEmpty();
    return new ArticleExtracted(
        "id-" + site,
        "https://" + site + "/quay-lights",
        "https://" + site + "/quay-lights",
        site,
        title,
        subtitle,
        names,
        credit,
        dated ? WHEN : null,
        dated ? WHEN.plusHours(2) : null,
        section,
        dated ? List.of("harbour", "lighting") : null,
        language,
        siteName,
        image,
        null,
        "The quay lights are on.",
        words,
        paywalled,
        "0".repeat(64),
        "1.2.3",
        Instant.parse("2025-06-02T09:00:00Z"),
        Instant.parse("2025-06-02T09:00:01Z"));
  }
}
