package io.broadsheet.extractor.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWeightTest {

  @Test
  void countsLatinCharactersOnceAndHanAndKanaThreeTimes() {
    assertThat(TextWeight.of("abc")).isEqualTo(3);
    assertThat(TextWeight.of("港の船")).isEqualTo(9);
    assertThat(TextWeight.of("항구")).isEqualTo(2);
  }

  @Test
  void countsAboutTwoHanOrKanaCharactersAsOneWord() {
    assertThat(TextWeight.words("the harbour ferry")).isEqualTo(3);
    assertThat(TextWeight.words("港の船が戻った")).isEqualTo(3);
    assertThat(TextWeight.words("ferry 港の船")).isEqualTo(2);
  }

  @Test
  void countsWordRunsExactlyAsTheUnicodeWordRegexDoes() {
    java.util.regex.Pattern word =
        java.util.regex.Pattern.compile("\\w+", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);
    for (String text :
        new String[] {
          "",
          "  ",
          "snake_case e-mail 3.5% l'\u00e9t\u00e9",
          "na\u00efve caf\u00e9 (2024) \u2014 Stra\u00dfe; \u0395\u03bb\u03bb\u03ac\u03b4\u03b1, \u041c\u043e\u0441\u043a\u0432\u0430",
          "\u0915\u093f\u200d\u0902 \u0301a x\uD835\uDC00y \uD83D\uDE00 \uD800 z",
          "\uff83\uff7d\uff84\u3000\u5168\u89d2\uff41\uff42\uff43\uff11\uff12\uff13"
        }) {
      java.util.regex.Matcher m = word.matcher(text);
      int expected = 0;
      while (m.find()) {
        expected++;
      }
      assertThat(TextWeight.wordRuns(text)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void normalizeCollapsesEveryWhitespaceRunIncludingNoBreakAndZeroWidthSpacesAndTrims() {
    assertThat(
            TextWeight.normalize(
                " \t The\u00A0\u00A0ferry \n\u200B left\u202Fat\u2007dawn.\uFEFF\r"))
        .isEqualTo("The ferry left at dawn.");
    assertThat(TextWeight.normalize("\u000B\f")).isEmpty();
    assertThat(TextWeight.normalize("quay")).isEqualTo("quay");
  }
}
