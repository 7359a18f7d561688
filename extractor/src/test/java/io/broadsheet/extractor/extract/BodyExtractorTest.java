package io.broadsheet.extractor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleExtracted.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyExtractorTest {

  private static final String URL = "https://a.example/";

  private static ArticleDraft extract(String html) {
    ArticleDraft draft = new ArticleDraft();
    new BodyExtractor().extract(Pages.parse(html, URL), Pages.context(URL, null), draft);
    return draft;
  }

  @Test
  void emitsParagraphsHeadingsListItemsAndQuotesInOrder() {
    ArticleDraft draft =
        extract(
            "<article><p>One</p><h2>Two</h2><ul><li>Three</li></ul>"
                + "<blockquote><p>Four</p><p>five</p></blockquote><h5>skipped</h5><h4>Six</h4></article>");

    assertThat(draft.body())
        .containsExactly(
            new BodyBlock(Kind.PARAGRAPH, "One"),
            new BodyBlock(Kind.HEADING, "Two"),
            new BodyBlock(Kind.LIST_ITEM, "Three"),
            new BodyBlock(Kind.QUOTE, "Four five"),
            new BodyBlock(Kind.HEADING, "Six"));
  }

  @Test
  void normalisesWhitespaceAndSkipsEmptyBlocks() {
    ArticleDraft draft = extract("<article><p>  a\u00A0\n b  </p><p> </p><p>\u00A0</p></article>");

    assertThat(draft.body()).containsExactly(new BodyBlock(Kind.PARAGRAPH, "a b"));
  }

  @Test
  void usesItempropArticleBodyWhenThereIsNoArticleElement() {
    ArticleDraft draft =
        extract("<div><p>Outside</p></div><div itemprop=articleBody><p>Inside</p></div>");

    assertThat(draft.body()).containsExactly(new BodyBlock(Kind.PARAGRAPH, "Inside"));
  }

  @Test
  void fallsBackToTheElementWithTheMostDirectParagraphText() {
    ArticleDraft draft =
        extract(
            "<div id=a><p>short</p></div><div id=b><p>a longer paragraph</p><p>and more</p></div>");

    assertThat(draft.body())
        .extracting(BodyBlock::text)
        .containsExactly("a longer paragraph", "and more");
  }

  @Test
  void picksTheArticleWithTheMostParagraphTextAmongSeveral() {
    ArticleDraft draft =
        extract("<article><p>teaser</p></article><article><p>the real story text</p></article>");

    assertThat(draft.body()).extracting(BodyBlock::text).containsExactly("the real story text");
  }

  @Test
  void dropsNoiseByTagAndByClassOrIdToken() {
    ArticleDraft draft =
        extract(
            "<article><p>keep</p><nav><p>n</p></nav><aside><p>a</p></aside><form><p>f</p></form>"
                + "<div class='social-share'><p>s</p></div><div id=related_stories><p>r</p></div>"
                + "<div class='ads'><p>ad</p></div><div class='comments'><p>c</p></div>"
                + "<div class='shadow heading'><p>also keep</p></div></article>");

    assertThat(draft.body()).extracting(BodyBlock::text).containsExactly("keep", "also keep");
  }

  @Test
  void findsNoContainerOnAPageOfLinks() {
    ArticleDraft draft =
        extract("<ul><li><a href=/a>A</a></li></ul><footer><p>Copyright</p></footer>");

    assertThat(draft.bodyContainerFound()).isFalse();
    assertThat(draft.body()).isEqualTo(List.of());
  }
}
