package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.Pages;
import org.junit.jupiter.api.Test;

class LanguageExtractorTest {

  private static final String URL = "https://a.example/";

  private static String languageOf(String html, String header) {
    ArticleDraft draft = new ArticleDraft();
    new LanguageExtractor().extract(Pages.parse(html, URL), Pages.context(URL, header), draft);
    return draft.language();
  }

  @Test
  void normalisesTheHtmlLang() {
    assertThat(languageOf(MetaPages.fixture("graph-article.html"), null)).isEqualTo("de-AT");
  }

  @Test
  void fallsBackToJsonLdInLanguage() {
    assertThat(
            languageOf(
                "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"inLanguage\":\"sv-SE\"}</script>",
                null))
        .isEqualTo("sv-SE");
  }

  @Test
  void fallsBackToOgLocaleThenTheHeader() {
    assertThat(languageOf("<meta property=og:locale content=fr_FR>", "en")).isEqualTo("fr-FR");
    assertThat(languageOf("<p>x</p>", "pt-BR, en")).isEqualTo("pt-BR");
  }

  @Test
  void skipsAMalformedTag() {
    assertThat(languageOf("<html lang='not a tag'><meta property=og:locale content=it_IT>", null))
        .isEqualTo("it-IT");
  }
}
