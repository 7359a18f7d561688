package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

  @Test
  void cutsWordsExactlyAsTheNonLetterSplitDid() {
    java.util.regex.Pattern nonLetters = java.util.regex.Pattern.compile("[^\\p{L}]+");
    for (String text :
        new String[] {
          "",
          " ",
          "...",
          "abc",
          " abc",
          "abc ",
          "Die F\u00e4hre, ist 2x da!",
          "\u0130stanbul \u03a3\u039f\u03a3 x\uD835\uDC00y \uD800 z"
        }) {
      assertThat(LanguageGuess.words(text))
          .as(text)
          .containsExactly(nonLetters.split(text.toLowerCase(java.util.Locale.ROOT)));
    }
  }

  @Test
  void guessesLatinScriptLanguagesFromFunctionWords() {
    assertThat(LanguageGuess.guess("The ferry was late and the harbour is closed for the day"))
        .isEqualTo("en");
    assertThat(LanguageGuess.guess("Die Fähre ist nicht da und der Hafen ist mit Eis bedeckt"))
        .isEqualTo("de");
  }

  @Test
  void guessesByScript() {
    assertThat(LanguageGuess.guess("港口今天关闭了")).isEqualTo("zh");
    assertThat(LanguageGuess.guess("港はきょう閉鎖されました")).isEqualTo("ja");
    assertThat(LanguageGuess.guess("항구가 오늘 폐쇄되었습니다")).isEqualTo("ko");
  }

  @Test
  void givesUpOnThinEvidence() {
    assertThat(LanguageGuess.guess("Harbour 2024")).isNull();
  }

  @Test
  void findsADeclaredLanguageTheTextPlainlyContradicts() {
    String german = "Die Fähre ist nicht da und der Hafen ist mit Eis bedeckt. ".repeat(12);
    assertThat(LanguageGuess.contradiction("en", german)).isEqualTo("de");
  }

  @Test
  void acceptsADeclaredLanguageTheTextBearsOut() {
    String english = "The ferry was late and the harbour is closed for the day. ".repeat(12);
    assertThat(LanguageGuess.contradiction("en-GB", english)).isNull();
  }

  @Test
  void doesNotJudgeShortTexts() {
    assertThat(LanguageGuess.contradiction("en", "Die Fähre ist nicht da")).isNull();
  }

  @Test
  void seesThroughAFooterInTheDeclaredLanguage() {
    String german = "Die Fähre ist nicht da und der Hafen ist mit Eis bedeckt. ".repeat(12);
    String footer = "Read the terms of use and the privacy policy.";
    assertThat(LanguageGuess.contradiction("en", german + footer)).isEqualTo("de");
  }
}
