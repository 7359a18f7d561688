package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.extractor.extract.Pages;
import org.junit.jupiter.api.Test;

class ArticleHeadingTest {

  private static ArticleHeading headingOf(String html, String... declared) {
    return ArticleHeading.find(Pages.parse(html, MetaPages.URL), declared);
  }

  @Test
  void splitsAHeadingWhoseClassesMarkKickerAndHeadline() {
    ArticleHeading heading =
        headingOf(
            "<article><h1><span class=story-kicker>Harbour storm</span> "
                + "<span class=story-headline>Ferries wait for the tide</span></h1></article>");
    assertThat(heading.kicker()).isEqualTo("Harbour storm");
    assertThat(heading.headline()).isEqualTo("Ferries wait for the tide");
  }

  @Test
  void splitsWhenOnlyTheHeadlinePartIsMarkedAndSkipsAHiddenSeparator() {
    ArticleHeading heading =
        headingOf(
            "<article><h1><a href=/story><span class=red>Harbour storm</span>"
                + "<span aria-hidden=true> - </span>"
                + "<span class=head_title__x1>Ferries wait for the tide</span></a></h1></article>");
    assertThat(heading.kicker()).isEqualTo("Harbour storm");
    assertThat(heading.headline()).isEqualTo("Ferries wait for the tide");
  }

  @Test
  void passesOverAHeadingKeptForScreenReadersOnly() {
    ArticleHeading heading =
        headingOf(
            "<main><h1 class='page_ttl is_blind'>Article detail</h1>"
                + "<h2 class=news_ttl>Ferries wait for the tide</h2></main>",
            "Ferries wait for the tide - Tal Daily",
            "Ferries wait for the tide");
    assertThat(heading.headline()).isEqualTo("Ferries wait for the tide");
    assertThat(
            headingOf(
                    "<h1 class=sr-only>Tal Daily</h1><h1 class=story>Ferries wait for the tide</h1>")
                .headline())
        .isEqualTo("Ferries wait for the tide");
    // hidden on small screens only: the heading everyone else sees
    assertThat(
            headingOf(
                    "<h1 class='sr-only sm:not-sr-only'>Ferries wait for the tide</h1>"
                        + "<h1 class=logo>Tal Daily</h1>",
                    "Ferries wait for the tide")
                .headline())
        .isEqualTo("Ferries wait for the tide");
  }

  @Test
  void keepsAHeadingWholeWhenNothingMarksAKicker() {
    // lines of one headline set in spans of their own are not a kicker and a headline
    ArticleHeading heading =
        headingOf(
            "<article><h1><span>Ferries wait</span> <span>for the tide</span></h1></article>");
    assertThat(heading.kicker()).isNull();
    assertThat(heading.headline()).isEqualTo("Ferries wait for the tide");
  }

  @Test
  void doesNotTakeASubtitleForTheHeadline() {
    ArticleHeading heading =
        headingOf(
            "<article><h1><span class=headline>Ferries wait</span> "
                + "<span class=subtitle>for the tide</span></h1></article>");
    assertThat(heading.kicker()).isNull();
    assertThat(heading.headline()).isEqualTo("Ferries wait for the tide");
  }

  @Test
  void passesOverABreadcrumbHeadingForTheArticleHeadingThatReadsAsADeclaredTitle() {
    ArticleHeading heading =
        headingOf(
            "<ol class=breadcrumb><li><a href=/>Home</a></li>"
                + "<li><h1>Harbour storm: ferries wait for the tide</h1></li></ol>"
                + "<article><h2>Ferries wait, the tide does not</h2><p>Text."
                + "<h2>What the harbour master says</h2><p>More text.</article>",
            "Harbour storm: ferries wait for the tide",
            "Ferries wait, the tide does not");
    assertThat(heading.headline()).isEqualTo("Ferries wait, the tide does not");
  }

  @Test
  void fallsBackOnTheBreadcrumbHeadingWhenTheArticleShowsNone() {
    ArticleHeading heading =
        headingOf(
            "<nav itemtype=https://schema.org/BreadcrumbList><h1>Ferries wait for the tide</h1></nav>"
                + "<article><h2>What the harbour master says</h2><p>Text.</article>",
            "Ferries wait for the tide");
    assertThat(heading.headline()).isEqualTo("Ferries wait for the tide");
  }

  @Test
  void ignoresASectionHeadingThatIsNoDeclaredTitle() {
    assertThat(
            headingOf(
                "<article><h2>What the harbour master says</h2><p>Text.</article>",
                "Ferries wait for the tide"))
        .isNull();
  }

  @Test
  void takesTheFirstMarkedHeadingInPageOrderOverALaterArticleHeading() {
    // an itemprop=headline element before the article's <h1> wins: marks are read in page order
    ArticleHeading heading =
        headingOf(
            "<h1>The Daily Tide</h1>"
                + "<div itemprop=headline>Lock keepers vote to strike</div>"
                + "<article><h1>Ferries wait for the tide</h1><p>Text.</article>");
    assertThat(heading.headline()).isEqualTo("Lock keepers vote to strike");
  }

  @Test
  void findsADeclaredHeadingInAnH2InsideMainButNotOutsideIt() {
    String page =
        "<h1>The Daily Tide</h1><h1>Weather</h1><aside><h2>Ferries wait for the tide</h2></aside>"
            + "<main><h2>Ferries wait for the tide</h2><p>Text.</main>";
    ArticleHeading heading = headingOf(page, "Ferries wait for the tide");
    assertThat(heading.headline()).isEqualTo("Ferries wait for the tide");
    assertThat(
            headingOf(
                page.replace("<main>", "<div>").replace("</main>", "</div>"),
                "Ferries wait for the tide"))
        .isNull();
  }
}
