package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.extractor.extract.ArticleDraft;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DatesExtractorTest {

  /** A paragraph of the story: long enough to read as prose, so the header ends before it. */
  private static final String STORY =
      "<p>The harbour ferry kept its old timetable all winter, and the islanders said they liked"
          + " it that way; the council had asked them twice, and twice they had said so.</p>";

  private static ArticleDraft datesOf(String html) {
    return MetaPages.run(new DatesExtractor(), html);
  }

  @Test
  void takesJsonLdPublishedAndModifiedWithTheirOffsets() {
    ArticleDraft draft = datesOf(MetaPages.fixture("graph-article.html"));
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2024, 5, 3, 14, 5, 0, 0, ZoneOffset.ofHours(2)));
    assertThat(draft.updated())
        .isEqualTo(OffsetDateTime.of(2024, 5, 4, 9, 0, 0, 0, ZoneOffset.ofHours(2)));
  }

  @Test
  void skipsACmsEmptyDateForTheNextSource() {
    ArticleDraft draft =
        datesOf(
            "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"0001-01-01T00:00:00Z\"}</script>"
                + "<meta property=article:published_time content='2024-05-03T14:05:00+02:00'>");
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2024, 5, 3, 14, 5, 0, 0, ZoneOffset.ofHours(2)));
  }

  @Test
  void borrowsTheOffsetOfAnotherDateForANaiveTime() {
    ArticleDraft draft =
        datesOf(
            "<meta property=article:published_time content='2024-05-03 14:05:00'>"
                + "<meta property=article:modified_time content='2024-05-03T16:00:00-04:00'>");
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2024, 5, 3, 14, 5, 0, 0, ZoneOffset.ofHours(-4)));
  }

  @Test
  void prefersASourceWithATimeOverADateOnlyOne() {
    ArticleDraft draft =
        datesOf(
            "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2024-05-03\"}</script>"
                + "<meta name=parsely-pub-date content='2024-05-03T12:30:00Z'>");
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2024, 5, 3, 12, 30, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void readsADateWrittenInTheHeaderWhenNoMarkupHasOne() {
    ArticleDraft draft = datesOf("<div class=article-date>3. Mai 2024, 14:05 Uhr</div>");
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2024, 5, 3, 14, 5, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void readsADateOnALineAPublicationLabelAnnouncesWhenNothingElseGivesOne() {
    // no date-like class anywhere: the label says which line is the publication date
    ArticleDraft draft =
        datesOf(
            "<p class=about><span>Ann Lee</span> <span>publiziert am 30. Juli 2018</span></p>"
                + "<h1>Messe in Köln</h1><p>Am 12. März 2017 begann es.</p>");
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2018, 7, 30, 0, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void readsALabelledDateSetInASiblingOfTheLabel() {
    assertThat(
            datesOf("<div class=info><span>Published</span> <span>May 3, 2024</span></div>")
                .published())
        .isEqualTo(OffsetDateTime.of(2024, 5, 3, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(
            datesOf("<small><b>05/10/2018</b> - Publicado por: Ana Lima - Redação</small>")
                .published())
        .isEqualTo(OffsetDateTime.of(2018, 10, 5, 0, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void aLabelledDateDoesNotOverrideTheMetadata() {
    ArticleDraft draft =
        datesOf(
            "<meta property=article:published_time content='2024-05-03T14:05:00+02:00'>"
                + "<span>Posted on May 1, 2024</span>");
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2024, 5, 3, 14, 5, 0, 0, ZoneOffset.ofHours(2)));
  }

  @Test
  void aLabelWithoutADateOnItsLineGivesNone() {
    assertThat(
            datesOf("<p>Published by the council.</p><p>The plan dates from 12 March 2017.</p>")
                .published())
        .isNull();
  }

  @Test
  void readsTheFirstDateBetweenTheHeadlineAndTheStory() {
    ArticleDraft draft =
        datesOf(
            "<div class=weather>Today 29 April 2023</div><h1>Ferry keeps its timetable</h1>"
                + "<div><span>Ben Wilson</span> <span>April 28, 2023 4:11 pm</span></div>"
                + STORY);
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2023, 4, 28, 16, 11, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void readsTheHeadersDateBelowAStandfirst() {
    String standfirst =
        "<p class=vorspann>Die Gemeinde hat nach dem Brand in der Silvesternacht schwere"
            + " Versäumnisse eingeräumt; die vorgeschriebene Kontrolle fand zuletzt 2019 statt.</p>";
    ArticleDraft draft =
        datesOf(
            "<h1>Gemeinde räumt Versäumnisse ein</h1>"
                + standfirst
                + "<div><span>06. 01. 2026, 14:59 Uhr</span></div>");
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2026, 1, 6, 14, 59, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void aLogoInAnH1IsNoHeadline() {
    ArticleDraft draft =
        datesOf(
            "<h1 class=logo><img src=logo.png alt=''></h1><h1>促进航天技术更好惠及人民</h1>"
                + "<div>2024年04月24日23:52 来源：新华网</div>");
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2024, 4, 24, 23, 52, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void aDateInAPhotoCaptionOrInTheStoryIsNotTheHeadersDate() {
    assertThat(
            datesOf(
                    "<h1>Ferry keeps its timetable</h1><figure><img src=f.jpg>"
                        + "<figcaption>The ferry on 12 March 2019</figcaption></figure>"
                        + STORY
                        + STORY
                        + "<p>Timetable of 3 May 2024</p>")
                .published())
        .isNull();
  }

  @Test
  void takesThePermalinksDateWhenThePageStatesNone() {
    ArticleDraft draft =
        MetaPages.run(
            new DatesExtractor(),
            "<h1>Harbour ferry keeps its timetable</h1>" + STORY,
            "https://talpost.example/region/2024-05-03-harbour-ferry");
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2024, 5, 3, 0, 0, 0, 0, ZoneOffset.UTC));
    // a date the page states wins over the path's
    draft =
        MetaPages.run(
            new DatesExtractor(),
            "<meta property=article:published_time content='2024-05-02T23:30:00+02:00'>" + STORY,
            "https://talpost.example/region/2024-05-03-harbour-ferry");
    assertThat(draft.published())
        .isEqualTo(OffsetDateTime.of(2024, 5, 2, 23, 30, 0, 0, ZoneOffset.ofHours(2)));
  }

  @Test
  void leavesAPageWithoutDatesAlone() {
    assertThat(datesOf("<p>Undated</p>").published()).isNull();
  }
}
