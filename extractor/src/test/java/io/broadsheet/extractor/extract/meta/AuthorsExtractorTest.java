package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorsExtractorTest {

  private static List<String> authorsOf(String html) {
    return MetaPages.run(new AuthorsExtractor(), html).authors();
  }

  @Test
  void takesPersonsOverOrganisationsFromJsonLd() {
    assertThat(authorsOf(MetaPages.fixture("graph-article.html"))).containsExactly("Vera Holm");
  }

  @Test
  void splitsTheMetaAuthor() {
    assertThat(authorsOf("<meta name=author content='By Ann Lee and Bo Park'>"))
        .containsExactly("Ann Lee", "Bo Park");
  }

  @Test
  void skipsAnAuthorUrl() {
    assertThat(
            authorsOf(
                "<meta property=article:author content='https://social.example/annlee'>"
                    + "<a rel=author href=/a>Ann Lee</a>"))
        .containsExactly("Ann Lee");
  }

  @Test
  void readsNamesSetApartInABylineElement() {
    assertThat(
            authorsOf("<div class=article-byline><span>Ann Lee</span><span>Bo Park</span></div>"))
        .containsExactly("Ann Lee", "Bo Park");
  }

  @Test
  void looksAtThePageWhenTheMarkupOnlyNamesTheSite() {
    assertThat(
            authorsOf(
                "<meta property=og:site_name content='Valley Post'>"
                    + "<meta name=author content='Valley Post'>"
                    + "<p class=byline>Von Ida Berg</p>"))
        .containsExactly("Ida Berg");
  }
}
