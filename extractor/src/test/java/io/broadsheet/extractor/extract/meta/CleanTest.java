package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTest {

  @Test
  void decodesAValueEncodedTwiceOverButNotAnAmpersandItMeans() {
    assertThat(Clean.text("Die K&amp;uuml;hlt&amp;uuml;rme fallen"))
        .isEqualTo("Die Kühltürme fallen");
    assertThat(Clean.text("AT&amp;amp;T &amp;#8217;s plan")).isEqualTo("AT&T ’s plan");
    assertThat(Clean.text("Fish &amp; Chips &amp;co")).isEqualTo("Fish & Chips &co");
  }

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
