package io.broadsheet.extractor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleExtracted.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyExtractorTest {

  private static final String URL = "https://a.example/";
  private static final String LONG_A =
      "The orchard at the end of Fennick Lane produced its first crop of quinces this autumn.";
  private static final String LONG_B =
      "Volunteers who planted the trees six years ago came back to help pick the fruit by hand.";

  private static ArticleDraft extract(String html) {
    return extract(html, null);
  }

  private static ArticleDraft extract(String html, String title) {
    ArticleDraft draft = new ArticleDraft();
    draft.title(title);
    new BodyExtractor().extract(Pages.parse(html, URL), Pages.context(URL, null), draft);
    return draft;
  }

  @Test
  void emitsParagraphsHeadingsListItemsAndQuotesInOrder() {
    ArticleDraft draft =
        extract(
            "<article><p>"
                + LONG_A
                + "</p><h2>Two</h2><ul><li>Three</li></ul>"
                + "<blockquote><p>Four</p><p>five</p></blockquote><h5>Six</h5><p>Seven.</p></article>");

    assertThat(draft.body())
        .containsExactly(
            new BodyBlock(Kind.PARAGRAPH, LONG_A),
            new BodyBlock(Kind.HEADING, "Two"),
            new BodyBlock(Kind.LIST_ITEM, "Three"),
            new BodyBlock(Kind.QUOTE, "Four"),
            new BodyBlock(Kind.QUOTE, "five"),
            new BodyBlock(Kind.HEADING, "Six"),
            new BodyBlock(Kind.PARAGRAPH, "Seven."));
  }

  @Test
  void normalisesWhitespaceAndSkipsEmptyBlocks() {
    ArticleDraft draft = extract("<article><p>  a\u00A0\n b  </p><p> </p><p>\u00A0</p></article>");

    assertThat(draft.body()).containsExactly(new BodyBlock(Kind.PARAGRAPH, "a b"));
  }

  @Test
  void keepsAParagraphWholeAcrossInlineTagsAndSingleLineBreaks() {
    ArticleDraft draft =
        extract(
            "<article><p>The <b>orchard</b> at <a href=/l>Fennick</a><br>Lane <em>grew</em>."
                + "</p></article>");

    assertThat(draft.body())
        .containsExactly(new BodyBlock(Kind.PARAGRAPH, "The orchard at Fennick Lane grew."));
  }

  @Test
  void turnsBareTextInDivsIntoParagraphsSplitAtDoubleLineBreaks() {
    ArticleDraft draft =
        extract(
            "<div class=story>" + LONG_A + "<br><br>" + LONG_B + "<div>" + LONG_A + "</div></div>");

    assertThat(draft.body()).extracting(BodyBlock::text).containsExactly(LONG_A, LONG_B, LONG_A);
  }

  @Test
  void mergesAnArticleSplitOverSiblingDivs() {
    ArticleDraft draft =
        extract(
            "<div><div class=part><p>"
                + LONG_A
                + "</p></div><div class=part><p>"
                + LONG_B
                + "</p></div></div><ul><li><a href=/x>Elsewhere on the site today</a></li></ul>");

    assertThat(draft.body()).extracting(BodyBlock::text).containsExactly(LONG_A, LONG_B);
  }

  @Test
  void mergesAShortLaterPartOfTheSameComponentPastALinkLine() {
    String closing = "A short but real closing paragraph of the piece.";
    ArticleDraft draft =
        extract(
            "<div><div class=chunk><p>"
                + LONG_A
                + "</p><p>"
                + LONG_B
                + "</p><p>"
                + LONG_A
                + "</p><p>"
                + LONG_B
                + "</p><p>"
                + LONG_A
                + "</p></div><div class=inline><a href=/r>Another story from this site about"
                + " orchards</a></div><div class=chunk><p>"
                + closing
                + "</p></div></div>");

    assertThat(draft.body())
        .extracting(BodyBlock::text)
        .containsExactly(LONG_A, LONG_B, LONG_A, LONG_B, LONG_A, closing);
  }

  /** Three paragraphs of a story, three levels down in a part with the given class names. */
  private static String storyPart(String classes, String paragraphs) {
    return "<div class='" + classes + "'><div><div>" + paragraphs + "</div></div></div>";
  }

  private static final String OPENING =
      "<p>" + LONG_A + "</p><p>" + LONG_B + "</p><p>" + LONG_A + " " + LONG_B + "</p>";

  @Test
  void mergesALaterPartWhoseClassesShareTheContentNameButNotAModifier() {
    String closing =
        "The podcast is recorded every week of the season and daily during the big tournaments.";
    ArticleDraft draft =
        extract(
            "<article>"
                + storyPart("storyText version-2 section", OPENING)
                + "<div class='embed section'><iframe src=/player></iframe></div>"
                + storyPart(
                    "storyText section",
                    "<p>"
                        + closing
                        + "</p><p>Listen: <a href=/l>example.org/listen-now</a> Download: <a"
                        + " href=/d>example.org/download-it</a></p>")
                + "</article>");

    assertThat(draft.body()).extracting(BodyBlock::text).contains(LONG_A, closing);
  }

  @Test
  void doesNotMergeASiblingSharingOnlyLayoutClasses() {
    String teaser = "A summary of another story on the site, shown in a box beside this one.";
    ArticleDraft draft =
        extract(
            "<div>"
                + storyPart("col wide", OPENING)
                + storyPart(
                    "col",
                    "<p>" + teaser + "</p><p>See: <a href=/l>example.org/more-stories-here</a></p>")
                + "</div>");

    assertThat(draft.body()).extracting(BodyBlock::text).doesNotContain(teaser);
  }

  @Test
  void prefersTheProseContainerOverALinkListWithLongerText() {
    String links =
        "<li><a href=/1>A long headline of another story about the harbour and its boats</a></li>"
            .repeat(6);
    ArticleDraft draft =
        extract("<div><ul>" + links + "</ul></div><div><p>" + LONG_A + "</p></div>");

    assertThat(draft.body()).extracting(BodyBlock::text).containsExactly(LONG_A);
  }

  @Test
  void dropsNoiseByTagAndByClassOrIdToken() {
    ArticleDraft draft =
        extract(
            "<article><p>"
                + LONG_A
                + "</p><nav><p>n</p></nav><aside><p>a</p></aside>"
                + "<div class='social-share'><p>s</p></div><div id=related_stories><p>r</p></div>"
                + "<div class='ads'><p>ad</p></div><div class='comments'><p>c</p></div>"
                + "<figure><figcaption>A caption</figcaption></figure>"
                + "<div class='newsletterBox'><p>Sign up</p></div>"
                + "<div class='shadow heading'><p>also keep</p></div></article>");

    assertThat(draft.body()).extracting(BodyBlock::text).containsExactly(LONG_A, "also keep");
  }

  @Test
  void keepsAWrapperNamedLikeBoilerplateThatHoldsTheArticle() {
    ArticleDraft draft =
        extract("<div class='sidebar-layout'><p>" + LONG_A + "</p><p>" + LONG_B + "</p></div>");

    assertThat(draft.body()).extracting(BodyBlock::text).containsExactly(LONG_A, LONG_B);
  }

  @Test
  void dropsLinkDenseBlocksTheRepeatedHeadlineAndRepeatedLabels() {
    ArticleDraft draft =
        extract(
            "<div><h1>Quinces at last</h1><p>Advertisement</p><p>"
                + LONG_A
                + "</p>"
                + "<p>Read also: <a href=/q>Why quinces take so long to fruit</a></p>"
                + "<p>Advertisement</p><p>"
                + LONG_B
                + "</p></div>",
            "Quinces at last");

    assertThat(draft.body()).extracting(BodyBlock::text).containsExactly(LONG_A, LONG_B);
  }

  @Test
  void dropsBylineAndDatelineScrapsAboveTheFirstParagraphButKeepsHeadings() {
    ArticleDraft draft =
        extract(
            "<div><p>By Ina Farrow</p><p>12 May, 09:40</p><h2>Orchard news</h2><p>"
                + LONG_A
                + "</p><p>Short line.</p><p>"
                + LONG_B
                + "</p></div>");

    assertThat(draft.body())
        .extracting(BodyBlock::text)
        .containsExactly("Orchard news", LONG_A, "Short line.", LONG_B);
  }

  @Test
  void usesTheJsonLdArticleBodyWhenThePageShowsMuchLess() {
    ArticleDraft draft =
        extract(
            "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"articleBody\":\""
                + LONG_A
                + "\\n"
                + LONG_B
                + "\"}]}</script>"
                + "<article><p>Quinces at last.</p></article>");

    assertThat(draft.body())
        .containsExactly(
            new BodyBlock(Kind.PARAGRAPH, LONG_A), new BodyBlock(Kind.PARAGRAPH, LONG_B));
  }

  @Test
  void ignoresBrokenJsonLd() {
    ArticleDraft draft =
        extract(
            "<script type='application/ld+json'>{\"articleBody\": </script><p>" + LONG_A + "</p>");

    assertThat(draft.body()).extracting(BodyBlock::text).containsExactly(LONG_A);
  }

  @Test
  void findsAMarkedContainerWithoutText() {
    ArticleDraft draft = extract("<article><figure><img src=a.jpg></figure></article>");

    assertThat(draft.bodyContainerFound()).isTrue();
    assertThat(draft.body()).isEmpty();
  }

  @Test
  void findsNoContainerOnAPageOfLinks() {
    ArticleDraft draft =
        extract("<ul><li><a href=/a>A</a></li></ul><footer><p>Copyright</p></footer>");

    assertThat(draft.bodyContainerFound()).isFalse();
    assertThat(draft.body()).isEqualTo(List.of());
  }

  @Test
  void addsTheUpdatesALiveBlogStatesThatTheContainerDoesNotHold() {
    String update =
        "Pickers found the late quinces larger than last year's, and the cider press ran until dusk.";
    String jsonLd =
        "{\"@context\":\"https://schema.org\",\"@type\":\"LiveBlogPosting\","
            + "\"headline\":\"Quince harvest live\",\"liveBlogUpdate\":["
            + "{\"@type\":\"BlogPosting\",\"headline\":\"Press runs late\","
            + "\"articleBody\":\""
            + update
            + "\"},"
            + "{\"@type\":\"BlogPosting\",\"headline\":\"Harvest opens\","
            + "\"articleBody\":\""
            + LONG_B
            + "\"}]}";
    ArticleDraft draft =
        extract(
            "<script type=application/ld+json>"
                + jsonLd
                + "</script><article><p>"
                + LONG_A
                + "</p><p>"
                + LONG_B
                + "</p></article><div class=live-entries><div><h3>Press runs late</h3><p>"
                + update
                + "</p></div></div>");

    assertThat(draft.body())
        .containsExactly(
            new BodyBlock(Kind.PARAGRAPH, LONG_A),
            new BodyBlock(Kind.PARAGRAPH, LONG_B),
            new BodyBlock(Kind.HEADING, "Press runs late"),
            new BodyBlock(Kind.PARAGRAPH, update));
  }

  @Test
  void dropsTheSwitchBoxOfATwoClickEmbed() {
    ArticleDraft draft =
        extract(
            "<article><p>"
                + LONG_A
                + "</p><div class=box><div class=info><h3>Recommended content</h3>"
                + "<p>Here you will find external content that complements the article.</p>"
                + "<div><label><input type=checkbox> Show video content</label></div>"
                + "<p>I agree that external content is shown to me.</p></div></div><p>"
                + LONG_B
                + "</p></article>");

    assertThat(draft.body())
        .containsExactly(
            new BodyBlock(Kind.PARAGRAPH, LONG_A), new BodyBlock(Kind.PARAGRAPH, LONG_B));
  }

  @Test
  void dropsTheRegistrationWallUnderACutOffArticle() {
    ArticleDraft draft =
        extract(
            "<article><p>"
                + LONG_A
                + "</p><p>"
                + LONG_B
                + "</p><div class=c021><div class=inner><p>This article is for members."
                + " Readers of the paper register for free.</p><div class=row>"
                + "<div class=cell><div class=btn-wrap><a href=/service/regist>Register</a>"
                + "</div></div><div class=cell><div class=btn-wrap>"
                + "<a href='https://a.example/login?next=/story'>Log in to read on</a></div></div>"
                + "</div><dl><dt>Members can</dt><dd>read every story</dd><dd>get the"
                + " newsletters</dd></dl></div></div></article>");

    assertThat(draft.body())
        .containsExactly(
            new BodyBlock(Kind.PARAGRAPH, LONG_A), new BodyBlock(Kind.PARAGRAPH, LONG_B));
  }

  @Test
  void keepsAParagraphThatLinksToARegistrationPage() {
    String voters = "Voters who moved this year must <a href=/register>register again</a> by May.";
    ArticleDraft draft =
        extract(
            "<article><p>" + LONG_A + "</p><p>" + voters + "</p><p>" + LONG_B + "</p></article>");

    assertThat(draft.body())
        .containsExactly(
            new BodyBlock(Kind.PARAGRAPH, LONG_A),
            new BodyBlock(Kind.PARAGRAPH, "Voters who moved this year must register again by May."),
            new BodyBlock(Kind.PARAGRAPH, LONG_B));
  }

  @Test
  void aSubscribeButtonDoesNotTakeTheShortArticleAroundItWithIt() {
    ArticleDraft draft =
        extract(
            "<div class=story><p>"
                + LONG_A
                + " "
                + LONG_B
                + "</p><div><a href=/subscribe>Subscribe</a></div></div>");

    assertThat(draft.body()).containsExactly(new BodyBlock(Kind.PARAGRAPH, LONG_A + " " + LONG_B));
  }

  @Test
  void keepsTheWordsOfALinkInASentenceWhoseIdNamesATag() {
    ArticleDraft draft =
        extract(
            "<article><p>"
                + LONG_A
                + "</p><p>The band <a id=auto-tag_the-quinces href=/t/the-quinces>The Quinces</a>"
                + " played at the harvest festival in the orchard on Saturday night.</p></article>");

    assertThat(draft.body())
        .containsExactly(
            new BodyBlock(Kind.PARAGRAPH, LONG_A),
            new BodyBlock(
                Kind.PARAGRAPH,
                "The band The Quinces played at the harvest festival in the orchard on Saturday"
                    + " night."));
  }
}
