package io.broadsheet.extractor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleExtractorTest {

  private static final String URL = "https://a.example/story";

  private static String titleOf(String html) {
    ArticleDraft draft = new ArticleDraft();
    new TitleExtractor().extract(Pages.parse(html, URL), Pages.context(URL, null), draft);
    return draft.title();
  }

  @Test
  void prefersOgTitle() {
    assertThat(
            titleOf(
                "<title>Short | Site</title><meta property=og:title content=' Full  headline '>"
                    + "<article><h1>Heading</h1></article>"))
        .isEqualTo("Full headline");
  }

  @Test
  void fallsBackToTheH1InsideTheArticleNotAnyH1() {
    assertThat(
            titleOf(
                "<title>T | Site</title><h1>Site logo</h1><article><h1>Real  headline</h1></article>"))
        .isEqualTo("Real headline");
  }

  @Test
  void removesAPipeSuffixFromTheTitleElement() {
    assertThat(titleOf("<title>Bridge reopens | The Daily Lamp</title>"))
        .isEqualTo("Bridge reopens");
  }

  @Test
  void removesOnlyTheLastDashSuffix() {
    assertThat(titleOf("<title>Rates - what changes in May - Money Desk</title>"))
        .isEqualTo("Rates - what changes in May");
  }

  @Test
  void keepsHyphenatedWordsThatAreNotSeparators() {
    assertThat(titleOf("<title>Covid-19 wards reopen</title>")).isEqualTo("Covid-19 wards reopen");
  }

  @Test
  void leavesTheTitleEmptyWhenThePageHasNone() {
    assertThat(titleOf("<p>No title here</p>")).isNull();
  }
}
