package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTest {

  @Test
  void collapsesWhitespaceExactlyAsTheRegexDid() {
    String regex = "[\\s\\u00A0\\u2007\\u202F\\u200B\\u00AD\\uFEFF]+";
    for (String text :
        new String[] {
          "",
          " ",
          "a",
          " \t a \n\n b\u00A0\u00A0c\u00AD",
          "\u0001 x \u0001",
          "x\u200B\uFEFFy ",
          "\u2007\u202F"
        }) {
      assertThat(Clean.collapseWhitespace(text))
          .as(text)
          .isEqualTo(text.replaceAll(regex, " ").trim());
    }
  }
}
