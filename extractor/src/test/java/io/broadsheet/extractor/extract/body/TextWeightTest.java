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
}
