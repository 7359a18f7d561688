package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleExtractorTest {

  private static String titleOf(String html) {
    return MetaPages.run(new TitleExtractor(), html).title();
  }

  @Test
  void takesTheHeadlineTheSourcesAgreeOnWithoutTheSiteSuffix() {
    assertThat(titleOf(MetaPages.fixture("graph-article.html")))
        .isEqualTo("Brücke über den Fluss wird neu gebaut");
  }

  @Test
  void keepsADashThatIsPartOfTheHeadline() {
    assertThat(
            titleOf(
                "<title>Rain - and then more rain | Valley Post</title>"
                    + "<meta property=og:site_name content='Valley Post'>"))
        .isEqualTo("Rain - and then more rain");
  }

  @Test
  void stripsASiteNamePrefix() {
    SiteNames names = SiteNames.of(List.of("Valley Post"), "https://valley.example/");
    assertThat(names.strip("Valley Post: Rain is coming")).isEqualTo("Rain is coming");
  }

  @Test
  void stripsTheHostNameWhenNoSiteNameIsDeclared() {
    SiteNames names = SiteNames.of(List.of(), "https://www.valleypost.example/a");
    assertThat(names.strip("Rain is coming – ValleyPost.example")).isEqualTo("Rain is coming");
  }

  @Test
  void prefersTheCandidateMoreSourcesShare() {
    assertThat(
            titleOf(
                "<meta property=og:title content='Storm closes harbour, ferries wait'>"
                    + "<title>Storm closes the harbour</title>"
                    + "<article><h1>Storm closes the harbour</h1></article>"))
        .isEqualTo("Storm closes the harbour");
  }
}
