package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionExtractorTest {

  @Test
  void readsTheCategoryLabelAboveTheHeadlineWhenNoMetadataNamesOne() {
    String html =
        "<nav><a href='/sport'>Sport</a></nav><article>"
            + "<div class='story-category'><a href='/world'>World</a></div>"
            + "<h1>Ferries return</h1><p class='section-note'>Late</p></article>";
    assertThat(MetaPages.run(new SectionExtractor(), html).section()).isEqualTo("World");
  }

  @Test
  void ignoresLabelsBelowTheHeadline() {
    String html =
        "<article><h1>Ferries return</h1><div class='section-tag'>Harbour</div></article>";
    assertThat(MetaPages.run(new SectionExtractor(), html).section()).isNull();
  }

  @Test
  void prefersTheArticleSectionMeta() {
    String html =
        "<head><meta property='article:section' content='Ports'></head><article>"
            + "<div class='category'>World</div><h1>Ferries return</h1></article>";
    assertThat(MetaPages.run(new SectionExtractor(), html).section()).isEqualTo("Ports");
  }

  @Test
  void aCmsWordForNotFiledIsNoSection() {
    // "post" is the content type, "Uncategorized" the catch-all: the label on the page serves
    String html =
        "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
            + "\"articleSection\":\"post\"}</script>"
            + "<meta property='article:section' content='Uncategorized'><article>"
            + "<div class='category'>World</div><h1>Ferries return</h1></article>";
    assertThat(MetaPages.run(new SectionExtractor(), html).section()).isEqualTo("World");
    assertThat(
            MetaPages.run(new SectionExtractor(), "<meta property='article:section' content=All>")
                .section())
        .isNull();
  }

  private static String breadcrumb(String... items) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < items.length; i += 2) {
      list.append(i == 0 ? "" : ",")
          .append("{\"@type\":\"ListItem\",\"name\":\"")
          .append(items[i])
          .append("\",\"item\":\"")
          .append(items[i + 1])
          .append("\"}");
    }
    return "<script type=application/ld+json>{\"@type\":\"BreadcrumbList\","
        + "\"itemListElement\":["
        + list
        + "]}</script>";
  }

  @Test
  void readsTheBreadcrumbItemBeforeTheArticle() {
    String html =
        breadcrumb(
            "Home", "https://talpost.example/",
            "Harbour", "https://talpost.example/harbour",
            "Quay reopens", MetaPages.URL);
    assertThat(MetaPages.run(new SectionExtractor(), html).section()).isEqualTo("Harbour");
  }

  @Test
  void aBreadcrumbToTheCatchAllOrToTheSitesHomeIsNoSection() {
    String catchAll =
        breadcrumb(
            "Home", "https://talpost.example/",
            "Uncategorized", "https://talpost.example/category/uncategorized/",
            "Quay reopens", MetaPages.URL);
    assertThat(MetaPages.run(new SectionExtractor(), catchAll).section()).isNull();
    // the home page at /index, under the site's name
    String home =
        "<meta property=og:site_name content='Tal Post'>"
            + breadcrumb(
                "Tal Post", "https://talpost.example/index", "Quay reopens", MetaPages.URL);
    assertThat(MetaPages.run(new SectionExtractor(), home).section()).isNull();
    // a desk named after the site is a section
    String desk = "<meta property=article:section content='Talpost Business'>";
    assertThat(MetaPages.run(new SectionExtractor(), desk).section()).isEqualTo("Talpost Business");
  }

  @Test
  void theHomePageIsNoSectionAndATrailEndingAtASectionNamesIt() {
    String toArticle =
        breadcrumb("Home", "https://talpost.example/", "Quay reopens", MetaPages.URL);
    assertThat(MetaPages.run(new SectionExtractor(), toArticle).section()).isNull();
    String toSection =
        breadcrumb(
            "Home", "https://talpost.example/", "Harbour", "https://talpost.example/harbour");
    assertThat(MetaPages.run(new SectionExtractor(), toSection).section()).isEqualTo("Harbour");
  }
}
