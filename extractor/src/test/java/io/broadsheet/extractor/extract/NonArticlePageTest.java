package io.broadsheet.extractor.extract;

import static io.broadsheet.extractor.extract.Pages.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.Reasons;
import io.broadsheet.extractor.extract.ExtractionResult.Extracted;
import io.broadsheet.extractor.extract.ExtractionResult.Rejected;
import org.junit.jupiter.api.Test;

/** Pages that are not articles get the right reason code and a detail saying what they are. */
class NonArticlePageTest {

  private final PageExtractor extractor = new PageExtractor("v");

  private ExtractionResult extract(String fixture) {
    return extractor.extract(Pages.html("https://www.lanterngazette.example/x", fixture(fixture)));
  }

  @Test
  void rejectsACookieConsentWallAsConsentWall() {
    assertThat(extract("consent-wall.html"))
        .isEqualTo(
            new Rejected(
                Reasons.CONSENT_WALL,
                "a cookie/consent notice (div#consent-overlay) holds the page text; no article text"
                    + " behind it"));
  }

  @Test
  void rejectsANotFoundPageAsNotAnArticle() {
    assertThat(extract("error-page.html"))
        .isEqualTo(
            new Rejected(Reasons.NOT_ARTICLE, "error or not-found page: \"404 - Page not found\""));
  }

  @Test
  void rejectsAVideoOnlyPageAsNotAnArticle() {
    assertThat(extract("video-page.html"))
        .isEqualTo(
            new Rejected(Reasons.NOT_ARTICLE, "video page: a video player and 4 word(s) of text"));
  }

  @Test
  void rejectsAGalleryWithoutTextAsNotAnArticle() {
    assertThat(extract("gallery.html"))
        .isEqualTo(new Rejected(Reasons.NOT_ARTICLE, "gallery: 4 image(s) and 3 word(s) of text"));
  }

  @Test
  void rejectsATagPageOfTeasersAsNotAnArticle() {
    assertThat(extract("tag-page.html"))
        .isEqualTo(
            new Rejected(
                Reasons.NOT_ARTICLE,
                "section front or tag page: 5 link(s) make most of the text, 4 word(s) of article"
                    + " text"));
  }

  @Test
  void extractsAnArticleWrittenAsBareTextWithLineBreaks() {
    ExtractionResult result = extract("text-in-divs.html");

    assertThat(result).isInstanceOf(Extracted.class);
    assertThat(((Extracted) result).article().body()).hasSize(3);
    assertThat(((Extracted) result).article().body().get(1).text())
        .isEqualTo(
            "She plans to stay on the island, she said, because the mainland is far too loud for"
                + " her now and the seals would not know what to make of a new neighbour.");
  }
}
