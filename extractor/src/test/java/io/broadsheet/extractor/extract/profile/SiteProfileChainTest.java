package io.broadsheet.extractor.extract.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.PageFetched;
import io.broadsheet.extractor.extract.BodyExtractor;
import io.broadsheet.extractor.extract.ExtractionLimits;
import io.broadsheet.extractor.extract.ExtractionResult;
import io.broadsheet.extractor.extract.FieldExtractorChain;
import io.broadsheet.extractor.extract.PageExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteProfileChainTest {

  private static final String URL = "https://courier.example/farming/late-frost";

  private static final SiteProfile COURIER =
      new SiteProfile(
          "courier",
          List.of("courier.example"),
          List.of(".promo"),
          "div.txt",
          "div.hdl",
          "span.writer",
          "span.stamp@data-when",
          "span.desk",
          "div.tags a");

  @Test
  void profileRulesReplaceWhatTheGenericPathMisses() {
    ArticleExtracted article = extract(new SiteProfiles(List.of(COURIER)), URL);

    assertThat(article.title()).isEqualTo("Orchard growers count the cost of the late frost");
    assertThat(article.authors()).containsExactly("Priya Natarajan", "Owen Castell");
    assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2026-04-21T08:15:00+02:00"));
    assertThat(article.section()).isEqualTo("Farming");
    assertThat(article.topics()).containsExactly("Frost", "Apples");
    assertThat(article.body()).extracting(BodyBlock::text).hasSize(3);
    assertThat(article.bodyText())
        .startsWith("A single night of frost")
        .endsWith("on the exposed slopes.")
        .doesNotContain("bulletin");
  }

  @Test
  void pagesOfOtherHostsGetTheGenericResult() {
    SiteProfiles profiles = new SiteProfiles(List.of(COURIER));

    ExtractionResult withProfiles = result(profiles, "https://other.example/frost");
    ExtractionResult generic = result(SiteProfiles.NONE, "https://other.example/frost");

    assertThat(withProfiles.getClass()).isEqualTo(generic.getClass());
    if (generic instanceof ExtractionResult.Extracted g) {
      ArticleExtracted w = ((ExtractionResult.Extracted) withProfiles).article();
      assertThat(w.bodyText()).isEqualTo(g.article().bodyText());
      assertThat(w.title()).isEqualTo(g.article().title());
    }
  }

  @Test
  void ruleThatMatchesNothingKeepsTheGenericValue() {
    SiteProfile stale =
        new SiteProfile(
            "stale",
            List.of("courier.example"),
            null,
            "div.txt",
            "h1.no-longer-there",
            null,
            null,
            null,
            null);

    ArticleExtracted article = extract(new SiteProfiles(List.of(stale)), URL);

    assertThat(article.title()).isNotBlank();
  }

  @Test
  void isoTimesWithOffsetOrZoneAreAcceptedAndAnythingElseIgnored() {
    assertThat(SiteProfileChain.parseTime("2026-04-21T08:15:00+02:00")).isNotNull();
    assertThat(SiteProfileChain.parseTime("2026-04-21T08:15:00Z[Europe/Paris]")).isNotNull();
    assertThat(SiteProfileChain.parseTime("Tuesday morning")).isNull();
  }

  private static ArticleExtracted extract(SiteProfiles profiles, String url) {
    ExtractionResult result = result(profiles, url);
    assertThat(result).isInstanceOf(ExtractionResult.Extracted.class);
    return ((ExtractionResult.Extracted) result).article();
  }

  private static ExtractionResult result(SiteProfiles profiles, String url) {
    PageExtractor extractor =
        new PageExtractor(
            "test",
            ExtractionLimits.DEFAULTS,
            new SiteProfileChain(
                FieldExtractorChain.defaults(), new BodyExtractor(), () -> profiles),
            Clock.systemUTC());
    return extractor.extract(
        new PageFetched(
            url,
            url,
            List.of(),
            200,
            "text/html",
            "utf-8",
            null,
            null,
            null,
            Instant.now(),
            page()));
  }

  private static byte[] page() {
    try (InputStream in =
        SiteProfileChainTest.class.getResourceAsStream("/profiles/odd-layout.html")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
