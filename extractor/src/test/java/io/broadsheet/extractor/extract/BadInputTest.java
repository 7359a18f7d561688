package io.broadsheet.extractor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.broadsheet.events.Reasons;
import io.broadsheet.extractor.extract.ExtractionResult.Extracted;
import io.broadsheet.extractor.extract.ExtractionResult.Rejected;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hostile and broken pages: bounded time, never an exception. Large inputs are generated here, not
 * committed.
 */
class BadInputTest {

  private static final String PARAGRAPH =
      "<p>The tide came in over the causeway twice this week, and the council has put up new signs"
          + " at both ends to warn drivers about the crossing times.</p>";

  private final PageExtractor extractor = new PageExtractor("v");

  private ExtractionResult extract(String html) {
    return extractor.extract(Pages.html("https://a.example/x", html));
  }

  @Test
  void extractsAnArticleFromAPageJustUnderTenMegabytesInBoundedTime() {
    StringBuilder html = new StringBuilder("<title>Causeway</title><article>");
    while (html.length() < 9_500_000) {
      html.append(PARAGRAPH);
    }
    html.append("</article>");

    long start = System.nanoTime();
    ExtractionResult result = extract(html.toString());
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(result).isInstanceOf(Extracted.class);
    assertThat(took).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void survivesOneHundredThousandNestedElements() {
    String html =
        "<title>Deep</title>"
            + "<div><span>".repeat(50_000)
            + PARAGRAPH.repeat(3)
            + "</span></div>".repeat(50_000);

    assertThat(extract(html)).isInstanceOf(Extracted.class);
  }

  @Test
  void survivesUnclosedTagsStrayEndTagsAndBrokenAttributes() {
    String html =
        "<title>Broken</title></div></p><article><p class='x>"
            + PARAGRAPH.repeat(3)
            + "<table><tr><td><p>cell<div></td></tr><b><i>unclosed"
            + "<!-- never closed comment <script>var a = '</div>';";

    assertThatCode(() -> extract(html)).doesNotThrowAnyException();
    assertThat(extract(html)).isInstanceOf(ExtractionResult.class);
  }

  @Test
  void survivesAHugeSingleTextNodeAndManyAttributes() {
    String html =
        "<title>Flat</title><div "
            + "a=b ".repeat(20_000)
            + ">"
            + "word ".repeat(400_000)
            + "</div>";

    ExtractionResult result = extract(html);

    assertThat(result).isInstanceOfAny(Extracted.class, Rejected.class);
  }

  @Test
  void rejectsAPageOfOnlyMarkupWithoutTextAsNotAnArticle() {
    String html = "<title>Nothing</title>" + "<div><span></span></div>".repeat(10_000);

    assertThat(extract(html))
        .isEqualTo(new Rejected(Reasons.NOT_ARTICLE, "no article body container found"));
  }
}
