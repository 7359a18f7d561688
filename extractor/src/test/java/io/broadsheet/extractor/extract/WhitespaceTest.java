package io.broadsheet.extractor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {

  @Test
  void collapsesEveryKindOfSpaceRunToOneSpaceAndTrims() {
    String text = "\u00A0 Rates\t\u2007rise\u202F\u200B\n again\uFEFF \r";

    assertThat(Whitespace.collapse(text, false)).isEqualTo("Rates rise again");
  }

  @Test
  void softHyphensCountAsSpaceOnlyWhenAsked() {
    assertThat(Whitespace.collapse("week\u00ADend", false)).isEqualTo("week\u00ADend");
    assertThat(Whitespace.collapse("week\u00ADend", true)).isEqualTo("week end");
  }

  @Test
  void matchesTheRegexItReplaces() {
    String[] samples = {
      "", "   ", "a", " a  b ", "\u0001x\u0002", "x\u00A0\u00A0y", "\u00E9t\u00E9 \u00A0"
    };
    for (String sample : samples) {
      String regex = sample.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+", " ").trim();
      assertThat(Whitespace.collapse(new StringBuilder(sample), false)).isEqualTo(regex);
    }
  }
}
