package io.broadsheet.extractor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlExtractorTest {

  private static final String FINAL_URL = "https://news.example/a/story?utm_medium=social";

  private static String canonicalOf(String html) {
    ArticleDraft draft = new ArticleDraft();
    new CanonicalUrlExtractor()
        .extract(Pages.parse(html, FINAL_URL), Pages.context(FINAL_URL, null), draft);
    return draft.canonicalUrl();
  }

  @Test
  void takesTheCanonicalLinkBeforeOgUrl() {
    assertThat(
            canonicalOf(
                "<link rel=canonical href='https://news.example/a/story'>"
                    + "<meta property=og:url content='https://news.example/og'>"))
        .isEqualTo("https://news.example/a/story");
  }

  @Test
  void resolvesARelativeCanonicalLink() {
    assertThat(canonicalOf("<link rel=canonical href='/a/story'>"))
        .isEqualTo("https://news.example/a/story");
  }

  @Test
  void skipsANonHttpCanonicalAndUsesOgUrl() {
    assertThat(
            canonicalOf(
                "<link rel=canonical href='ftp://news.example/a'>"
                    + "<meta property=og:url content='http://news.example/og'>"))
        .isEqualTo("http://news.example/og");
  }

  @Test
  void fallsBackToTheFinalUrl() {
    assertThat(canonicalOf("<title>x</title>")).isEqualTo(FINAL_URL);
  }
}
