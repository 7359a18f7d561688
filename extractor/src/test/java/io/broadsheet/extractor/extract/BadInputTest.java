package io.broadsheet.extractor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.broadsheet.events.Reasons;
import io.broadsheet.extractor.extract.ExtractionResult.Extracted;
import io.broadsheet.extractor.extract.ExtractionResult.Rejected;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

  /** About two megabytes of one shape repeated, after a short article. */
  private static String repeated(String shape) {
    return "<title>Shapes</title><article><h1>Shapes</h1>"
        + PARAGRAPH.repeat(5)
        + shape.repeat(2_000_000 / shape.length())
        + "</article>";
  }

  /**
   * Shapes that each field reader walks or matches many times over: a rule whose work grows with
   * the square of them (a pattern backtracking, a list scanned once per item) would take minutes
   * here. In a throwaway run at 9 MB each of these took 0.15-2.3 s.
   */
  static Stream<Arguments> hostileShapes() {
    return Stream.of(
        Arguments.of("bylines", repeated("<p>By Anna Lee and Bob Ray and Carl Dee, Reporters</p>")),
        Arguments.of("open parentheses", repeated("<p>" + "((( ".repeat(10_000) + "</p>")),
        Arguments.of("labels", repeated("<p>" + "Source: ".repeat(10_000) + "</p>")),
        Arguments.of("dates", repeated("<span>17 Apr 2023 05:31AM (Updated: </span> ")),
        Arguments.of("sign-in links", repeated("<div><a href='/login'>Sign in</a></div>")),
        Arguments.of("tag links", repeated("<a class='tag' href='/tag/x'>Tag</a> ")),
        Arguments.of("author links", repeated("<a rel='author' href='/a/ann'>Ann Lee</a> ")),
        Arguments.of(
            "captions",
            repeated("<figure><img src='/a.jpg'><figcaption>Photo: X</figcaption></figure>")),
        Arguments.of(
            "deep siblings", repeated("<div>".repeat(500) + "word " + "</div>".repeat(500))),
        Arguments.of("line breaks", repeated("word<br>")),
        Arguments.of("table cells", repeated("<table><tr><td>1</td><td>2</td></tr></table>")),
        Arguments.of("short lines", repeated("<div>Short line</div>")),
        Arguments.of("headings", "<title>T</title>" + "<h1>Heading</h1>".repeat(100_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileShapes")
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a speed target
  void aPageOfOneShapeRepeatedEndsWithAResultNotAnError(String shape, String html) {
    ExtractionResult result = extract(html);

    assertThat(result).isNotNull();
    if (result instanceof Rejected rejected) {
      assertThat(rejected.reason()).isNotEqualTo(Reasons.UNPARSEABLE);
    }
  }
}
