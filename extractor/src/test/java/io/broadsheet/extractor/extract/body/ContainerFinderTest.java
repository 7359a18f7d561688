package io.broadsheet.extractor.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContainerFinderTest {

  private static final String PROSE =
      "The harbour ferry kept its old timetable all winter, and the islanders said they liked it.";

  private static List<String> containerIds(String html) {
    Element body = Jsoup.parse(html).body();
    return ContainerFinder.find(BlockWalker.blocks(body, NoiseJudge.of(body))).stream()
        .map(Element::id)
        .toList();
  }

  @Test
  void doesNotWidenToAParentThatAlsoHoldsOtherArticles() {
    String teaser = "<article><p>" + PROSE + " A teaser summary cut short …</p></article>";
    assertThat(
            containerIds(
                "<div id=page><article id=main><p>"
                    + PROSE
                    + "</p><p>"
                    + PROSE
                    + "</p></article><article id=more><h3>You may also like</h3>"
                    + teaser
                    + teaser
                    + teaser
                    + "</article></div>"))
        .containsExactly("main");
  }

  @Test
  void aShortStoryInTheHeadlinesArticleWinsOverABoxOfTeaserArticles() {
    String teaser = "<article><p>" + PROSE + " A teaser summary cut short …</p></article>";
    assertThat(
            containerIds(
                "<div id=page><article id=main><h1>Only those who love themselves</h1><p>"
                    + PROSE
                    + "</p></article><article id=more><h3>You may also like</h3>"
                    + teaser.repeat(6)
                    + "</article></div>"))
        .containsExactly("main");
  }

  @Test
  void aListingWithAHeadlineInEveryArticleIsNotCutToItsFirstItem() {
    String item =
        "<article><h1>Another headline</h1><p>" + PROSE + " A summary cut short …</p></article>";
    assertThat(
            containerIds(
                "<div id=page><article id=first><h1>First headline</h1><p>"
                    + PROSE
                    + "</p></article><div id=list>"
                    + item.repeat(6)
                    + "</div></div>"))
        .contains("list");
  }
}
