package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.Pages;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SiteZoneTest {

  private static ArticleDraft datesOnAGermanSite(String html) {
    String url = "https://www.zeitung.de/politik/artikel-1";
    ArticleDraft draft = new ArticleDraft();
    new DatesExtractor().extract(Pages.parse(html, url), Pages.context(url, null), draft);
    return draft;
  }

  @Test
  void aCountrysDomainGivesItsZone() {
    assertThat(SiteZone.of("https://www.zeitung.de/a/1", "en"))
        .isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(SiteZone.of("https://news.example.co.uk/a", null))
        .isEqualTo(ZoneId.of("Europe/London"));
  }

  @Test
  void aCountryWithSeveralZonesGivesNoneWhateverTheLanguage() {
    assertThat(SiteZone.of("https://news.example.us/a", "de")).isNull();
    assertThat(SiteZone.of("https://news.example.com.au/a", "en-AU")).isNull();
  }

  @Test
  void onAGenericDomainAOneZoneLanguageDecides() {
    assertThat(SiteZone.of("https://news.example.com/a", "ja-JP"))
        .isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(SiteZone.of("https://news.example.io/a", "de"))
        .isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(SiteZone.of("https://news.example.com/a", "en-GB")).isNull();
    assertThat(SiteZone.of("https://news.example.com/a", "fr")).isNull();
  }

  @Test
  void aNaiveTimeOnAPageWithoutOffsetsIsTheSitesLocalTime() {
    ArticleDraft draft =
        datesOnAGermanSite("<meta property=article:published_time content='2024-05-03 14:05:00'>");
    // May: summer time in Berlin, two hours east of UTC
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2024, 5, 3, 14, 5, 0, 0, ZoneOffset.ofHours(2)));
  }

  @Test
  void aDateWithoutATimeStaysAtUtcMidnight() {
    ArticleDraft draft =
        datesOnAGermanSite("<meta property=article:published_time content='2024-05-03'>");
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2024, 5, 3, 0, 0, 0, 0, ZoneOffset.UTC));
  }
}
