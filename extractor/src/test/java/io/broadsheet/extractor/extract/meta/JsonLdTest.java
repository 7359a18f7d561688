package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.extractor.extract.Pages;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  private static JsonLd read(String html) {
    return new JsonLd(Pages.parse(html, MetaPages.URL));
  }

  @Test
  void findsTheArticleInAGraphDespiteTrailingCommasAndAnHtmlComment() {
    JsonLd ld = read(MetaPages.fixture("graph-article.html"));
    assertThat(JsonLd.text(ld.article(), "headline"))
        .isEqualTo("Brücke über den Fluss wird neu gebaut");
    assertThat(JsonLd.texts(ld.article(), "keywords"))
        .containsExactly("Verkehr", "Bauen", "Talstadt");
  }

  @Test
  void readsSeveralRootsInOneBlockAndArraysOfObjects() {
    JsonLd ld =
        read(
            "<script type=application/ld+json>{\"@type\":\"WebPage\",\"name\":\"p\"}"
                + "[{\"@type\":\"BlogPosting\",\"headline\":\"Second\"}]</script>");
    assertThat(JsonLd.text(ld.article(), "headline")).isEqualTo("Second");
  }

  @Test
  void acceptsNonStandardArticleTypes() {
    JsonLd ld =
        read("<script type=application/ld+json>{\"@type\":\"ReportageNewsArticle\"}</script>");
    assertThat(ld.article()).isNotNull();
  }

  @Test
  void readsTypesWrittenAsFullIrisOrWithAPrefix() {
    JsonLd ld =
        read(
            "<script type=application/ld+json>[{\"@type\":\"http://schema.org/WebPage\"},"
                + "{\"@type\":\"https://schema.org/NewsArticle\",\"headline\":\"Full IRI\"}]"
                + "</script>");
    assertThat(JsonLd.text(ld.article(), "headline")).isEqualTo("Full IRI");
    assertThat(JsonLd.types(ld.article())).containsExactly("newsarticle");
    JsonLd prefixed =
        read("<script type=application/ld+json>{\"@type\":\"schema:BlogPosting\"}</script>");
    assertThat(JsonLd.types(prefixed.article())).containsExactly("blogposting");
  }

  @Test
  void aTypeWithNothingAfterItsSeparatorIsAnEmptyNameNotAnError() {
    // a mangled "@type": "http://" once threw out of the reader and lost the whole page
    JsonLd ld =
        read(
            "<script type=application/ld+json>[{\"@type\":\"http://\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Still read\"}]</script>");
    assertThat(JsonLd.text(ld.article(), "headline")).isEqualTo("Still read");
  }

  @Test
  void skipsABrokenBlockAndKeepsTheOthers() {
    JsonLd ld =
        read(
            "<script type=application/ld+json>{\"@type\": \"NewsArticle\", oops</script>"
                + "<script type=application/ld+json>{\"@type\":\"Article\",\"headline\":\"Ok\"}"
                + "</script>");
    assertThat(JsonLd.text(ld.article(), "headline")).isEqualTo("Ok");
  }

  @Test
  void decodesEntitiesLeftInValues() {
    JsonLd ld = read(MetaPages.fixture("graph-article.html"));
    assertThat(JsonLd.text(ld.article(), "description"))
        .isEqualTo("Die alte Holzbrücke hat ausgedient & kommt weg.");
  }

  @Test
  void picksTheArticleOfThisPageAmongSeveral() {
    JsonLd ld =
        read(
            "<link rel=canonical href='https://talpost.example/region/bruecke-123'>"
                + "<script type=application/ld+json>["
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Teaser\","
                + "\"url\":\"https://talpost.example/other\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"This page\","
                + "\"mainEntityOfPage\":{\"@id\":\"https://talpost.example/region/bruecke-123/\"}}"
                + "]</script>");
    assertThat(JsonLd.text(ld.article(), "headline")).isEqualTo("This page");
  }
}
