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
  void normalizeCollapsesEveryWhitespaceRunIncludingNoBreakAndZeroWidthSpacesAndTrims() {
    assertThat(
            TextWeight.normalize(
                " \t The\u00A0\u00A0ferry \n\u200B left\u202Fat\u2007dawn.\uFEFF\r"))
        .isEqualTo("The ferry left at dawn.");
    assertThat(TextWeight.normalize("\u000B\f")).isEmpty();
    assertThat(TextWeight.normalize("quay")).isEqualTo("quay");
  }
}
