package io.broadsheet.extractor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageExtractorTest {

  private static final String URL = "https://a.example/";

  private static String languageOf(String html, String contentLanguage) {
    ArticleDraft draft = new ArticleDraft();
    new LanguageExtractor()
        .extract(Pages.parse(html, URL), Pages.context(URL, contentLanguage), draft);
    return draft.language();
  }

  @Test
  void normalisesTheHtmlLangAttribute() {
    assertThat(languageOf("<html lang='EN-gb'><title>x</title></html>", "fr")).isEqualTo("en-GB");
  }

  @Test
  void fallsBackToOgLocaleWithUnderscore() {
    assertThat(languageOf("<meta property=og:locale content=pt_BR>", "fr")).isEqualTo("pt-BR");
  }

  @Test
  void skipsAMalformedLangAndUsesTheFirstContentLanguage() {
    assertThat(languageOf("<html lang='not a tag!'><p>x</p></html>", "nl-BE, fr-BE"))
        .isEqualTo("nl-BE");
  }

  @Test
  void leavesLanguageEmptyWhenNothingStatesIt() {
    assertThat(languageOf("<p>x</p>", null)).isNull();
  }
}
