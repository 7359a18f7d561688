package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted.LeadImage;
import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.BodyExtractor;
import io.broadsheet.extractor.extract.FieldExtractorChain;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Site name, section, standfirst, lead image and paywall flag, one small extractor each. */
class ArticleDescriptorsTest {

  private static final String PAGE = MetaPages.fixture("graph-article.html");

  @Test
  void siteNameComesFromOgSiteName() {
    assertThat(MetaPages.run(new SiteNameExtractor(), PAGE).siteName()).isEqualTo("Die Talpost");
  }

  @Test
  void sectionComesFromMetaWhenJsonLdHasNone() {
    assertThat(MetaPages.run(new SectionExtractor(), PAGE).section()).isEqualTo("Region");
  }

  @Test
  void subtitleIsTheDescriptionUnlessItRepeatsTheTitle() {
    assertThat(MetaPages.run(new SubtitleExtractor(), PAGE).subtitle())
        .isEqualTo("Die alte Holzbrücke hat ausgedient & kommt weg.");
    ArticleDraft draft = new ArticleDraft();
    draft.title("Same words");
    new SubtitleExtractor()
        .extract(
            io.broadsheet.extractor.extract.Pages.parse(
                "<meta property=og:description content='Same words.'>", MetaPages.URL),
            io.broadsheet.extractor.extract.Pages.context(MetaPages.URL, null),
            draft);
    assertThat(draft.subtitle()).isNull();
  }

  @Test
  void subtitleIsNotADescriptionThatOnlyNamesTheAuthor() {
    // the CMS filled the JSON-LD description with the text's first line, the byline
    ArticleDraft draft = new ArticleDraft();
    draft.authors().add("ANN LEE");
    new SubtitleExtractor()
        .extract(
            io.broadsheet.extractor.extract.Pages.parse(
                "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"description\":\"ANN LEE&nbsp;\"}</script>"
                    + "<meta property=og:description content='The quay reopens after the storm.'>",
                MetaPages.URL),
            io.broadsheet.extractor.extract.Pages.context(MetaPages.URL, null),
            draft);
    assertThat(draft.subtitle()).isEqualTo("The quay reopens after the storm.");
  }

  private static final String STORY =
      "<p>The ferries stayed in port all day on Tuesday, as the storm that had been forecast"
          + " since the weekend reached the coast shortly before dawn.</p>"
          + "<p>The harbour master closed the quay at noon, and the crews went home to wait for"
          + " the wind to drop, which the forecasters expect by Thursday.</p>"
          + "<p>Passengers with tickets for the cancelled sailings can rebook them free of"
          + " charge at the terminal or online until the end of the month.</p>";

  private static String subtitleAfterBody(String html) {
    return MetaPages.run(
            new FieldExtractorChain(List.of(new BodyExtractor(), new SubtitleExtractor())), html)
        .subtitle();
  }

  @Test
  void subtitleIsNotTheBodysFirstParagraphsRunTogether() {
    assertThat(
            subtitleAfterBody(
                "<meta property=og:description content='The ferries stayed in port all day on"
                    + " Tuesday, as the storm that had been forecast since the weekend reached the"
                    + " coast shortly before dawn. The harbour master closed the quay at noo'>"
                    + "<article>"
                    + STORY
                    + "</article>"))
        .isNull();
  }

  @Test
  void aStandfirstSetAsParagraphsAboveTheBodyStaysTheSubtitle() {
    String standfirst = "Storm keeps ferries in port. Crews sent home until the wind drops.";
    assertThat(
            subtitleAfterBody(
                "<meta property=og:description content='"
                    + standfirst
                    + "'><header><p>Storm keeps ferries in port.</p>"
                    + "<p>Crews sent home until the wind drops.</p></header><article>"
                    + STORY
                    + "</article>"))
        .isEqualTo(standfirst);
  }

  @Test
  void leadImageIsResolvedWithItsJsonLdCaptionAndCredit() {
    assertThat(MetaPages.run(new LeadImageExtractor(), PAGE).leadImage())
        .isEqualTo(
            new LeadImage(
                "https://talpost.example/bilder/bruecke.jpg",
                "Die alte Brücke im Frühling.",
                "Foto: Ida Berg"));
  }

  @Test
  void leadImageCaptionFallsBackToTheFigure() {
    assertThat(
            MetaPages.run(
                    new LeadImageExtractor(),
                    "<meta property=og:image content='https://cdn.example/i/harbour-1.jpg?w=800'>"
                        + "<figure><img src='https://cdn.example/i/harbour-1.jpg?w=400'>"
                        + "<figcaption>Boats at dawn.</figcaption></figure>")
                .leadImage())
        .isEqualTo(
            new LeadImage("https://cdn.example/i/harbour-1.jpg?w=800", "Boats at dawn.", null));
  }

  @Test
  void paywalledWhenNotAccessibleForFree() {
    assertThat(MetaPages.run(new PaywallExtractor(), PAGE).paywalled()).isTrue();
    assertThat(MetaPages.run(new PaywallExtractor(), "<p>free</p>").paywalled()).isNull();
  }

  @Test
  void subtitleIsNotTheOpeningOfTheFirstParagraph() {
    assertThat(
            MetaPages.run(
                    new SubtitleExtractor(),
                    "<meta property=og:description content='The ferries stayed in port all day…'>"
                        + "<article><p>The ferries stayed in port all day, and the harbour"
                        + " master closed the quay.</p></article>")
                .subtitle())
        .isNull();
  }

  @Test
  void leadImageIsTheFirstSizeableImageTheArticleShows() {
    assertThat(
            MetaPages.run(
                    new LeadImageExtractor(),
                    "<meta property=og:image content='https://cdn.example/social/card.jpg'>"
                        + "<article><figure><img src=/img/site-logo.png></figure>"
                        + "<figure><img src=/img/tiny.jpg width=40 height=40></figure>"
                        + "<figure><picture><img data-src=/img/quay.jpg></picture>"
                        + "<figcaption>The quay at low tide.</figcaption></figure></article>")
                .leadImage())
        .isEqualTo(
            new LeadImage("https://talpost.example/img/quay.jpg", "The quay at low tide.", null));
  }

  @Test
  void leadImageIsTheLazyLoadedImageNotThePlaceholderInItsSrc() {
    assertThat(
            MetaPages.run(
                    new LeadImageExtractor(),
                    "<article><figure><img src=/theme/lazyload-fallback.gif"
                        + " data-lazy-src=/img/quay.jpg></figure></article>")
                .leadImage()
                .url())
        .isEqualTo("https://talpost.example/img/quay.jpg");
  }

  @Test
  void leadImageIsNotAOnePixelPlaceholderInAPictureSource() {
    // the picture's only URL is the placeholder a script replaces: the og:image serves instead
    assertThat(
            MetaPages.run(
                    new LeadImageExtractor(),
                    "<meta property=og:image content=https://talpost.example/img/quay.jpg>"
                        + "<article><picture><source srcset='/static/1x1-000000-0.png 1w'"
                        + " data-srcset='/img/other-story.jpg 1x'>"
                        + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='></picture>"
                        + "</article>")
                .leadImage()
                .url())
        .isEqualTo("https://talpost.example/img/quay.jpg");
  }

  @Test
  void anEmptySrcIsNoPictureNotThePagesOwnAddress() {
    // src="" resolves to the page itself; the script's attribute is one this reader does not know
    assertThat(
            MetaPages.run(
                    new LeadImageExtractor(),
                    "<meta property=og:image content=https://talpost.example/img/quay.jpg>"
                        + "<article><figure><img src='' data-lazy-load=/img/x.jpg></figure>"
                        + "</article>")
                .leadImage()
                .url())
        .isEqualTo("https://talpost.example/img/quay.jpg");
  }

  @Test
  void leadImageIsNotTheAuthorsPortraitInTheBylineBox() {
    assertThat(
            MetaPages.run(
                    new LeadImageExtractor(),
                    "<article><div class=article-header__author-avatar><a href=/autor/ann-lee>"
                        + "<picture><img src=/img/ann-lee.jpg></picture></a></div>"
                        + "<figure><img src=/img/quay.jpg></figure></article>")
                .leadImage()
                .url())
        .isEqualTo("https://talpost.example/img/quay.jpg");
  }

  @Test
  void aWrapperFarAboveTheFigureNamingTheAuthorDoesNotHideTheLeadImage() {
    assertThat(
            MetaPages.run(
                    new LeadImageExtractor(),
                    "<main><div class=article-author-ruler><div><div><div><div><div><figure>"
                        + "<img src=/img/quay.jpg></figure></div></div></div></div></div></div>"
                        + "</main>")
                .leadImage()
                .url())
        .isEqualTo("https://talpost.example/img/quay.jpg");
  }

  @Test
  void leadImageIsNotATeaserCardsPictureBeforeTheArticle() {
    String teaser =
        "<article><figure><img src=/img/other-story.jpg></figure><h3>Other</h3></article>";
    String story =
        "<article><h1>Quay reopens</h1><figure><img src=/img/quay.jpg></figure><p>Text.</p>"
            + "</article>";
    assertThat(MetaPages.run(new LeadImageExtractor(), teaser + story).leadImage().url())
        .isEqualTo("https://talpost.example/img/quay.jpg");
    assertThat(
            MetaPages.run(new LeadImageExtractor(), "<main>" + teaser + story + "</main>")
                .leadImage()
                .url())
        .isEqualTo("https://talpost.example/img/quay.jpg");
  }

  @Test
  void leadImageIsNotATeaserCardsPictureWhenTheStoryHasNoArticleElement() {
    // the story's own markup names no <article> and no <h1>: the first <article> of the page is a
    // card for another story, classed as one
    String page =
        "<meta property=og:image content=/img/quay-social.jpg>"
            + "<div class=story><h2>Quay reopens</h2><p>Text.</p></div>"
            + "<article class='teaser teaser--video'><figure><img src=/img/other-story.jpg>"
            + "</figure><h3>Other</h3></article>";
    assertThat(MetaPages.run(new LeadImageExtractor(), page).leadImage().url())
        .isEqualTo("https://talpost.example/img/quay-social.jpg");
  }

  @Test
  void leadImageIsNeverAPictureAfterTheStorysArticle() {
    // <main> holds the story's <article> and, after it, a box of other stories' pictures
    String page =
        "<meta property=og:image content=/img/quay-social.jpg>"
            + "<main><article><h2>Quay reopens</h2><p>Text.</p></article>"
            + "<div class=more><figure><img src=/img/next-story.jpg></figure></div></main>";
    assertThat(MetaPages.run(new LeadImageExtractor(), page).leadImage().url())
        .isEqualTo("https://talpost.example/img/quay-social.jpg");
  }

  @Test
  void leadImageMayStandAboveTheArticleElement() {
    assertThat(
            MetaPages.run(
                    new LeadImageExtractor(),
                    "<main><figure><img src=/img/hero.jpg></figure><article><h1>Quay reopens</h1>"
                        + "<p>Text.</p><figure><img src=/img/portrait.jpg></figure></article></main>")
                .leadImage()
                .url())
        .isEqualTo("https://talpost.example/img/hero.jpg");
  }

  @Test
  void leadImageFromASrcsetKeepsTheCommasInsideItsUrl() {
    assertThat(
            MetaPages.run(
                    new LeadImageExtractor(),
                    "<article><figure><img srcset='/crops/w=800,h=450,q=70/quay.jpg?s=1 800w,"
                        + " /crops/w=1280,h=720/quay.jpg 1280w'></figure></article>")
                .leadImage()
                .url())
        .isEqualTo("https://talpost.example/crops/w=800,h=450,q=70/quay.jpg?s=1");
  }

  @Test
  void aSrcsetUrlEndsAtTheSpaceOrTheCommasBeforeTheNextCandidate() {
    assertThat(LeadImageExtractor.firstSrcsetUrl(" ,/a.jpg,/b.jpg 2x")).isEqualTo("/a.jpg,/b.jpg");
    assertThat(LeadImageExtractor.firstSrcsetUrl("/a.jpg, /b.jpg 2x")).isEqualTo("/a.jpg");
    assertThat(LeadImageExtractor.firstSrcsetUrl("  ")).isEmpty();
  }
}
