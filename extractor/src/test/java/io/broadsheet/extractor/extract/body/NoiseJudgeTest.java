package io.broadsheet.extractor.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NoiseJudgeTest {

  private static final String PROSE =
      "<p>The orchard co-operative voted to share its cider press with the next valley.</p>";

  private static List<String> texts(String html) {
    Element body = Jsoup.parse(html).body();
    return BlockWalker.blocks(body, NoiseJudge.of(body)).stream().map(Block::text).toList();
  }

  @Test
  void keepsSiblingWrappersOfOneNoiseNamedClassThatTogetherHoldMostOfTheProse() {
    String part = "<div class=sidebar-layout>" + PROSE + PROSE + "</div>";
    assertThat(texts("<div>" + part + part + part + "</div>")).hasSize(6);
  }

  @Test
  void stillLeavesOutANoiseNamedElementHoldingLittleOfTheProse() {
    assertThat(
            texts(
                "<div class=story>"
                    + PROSE
                    + PROSE
                    + PROSE
                    + "</div><div class=sidebar-layout>"
                    + PROSE
                    + "</div>"))
        .hasSize(3);
  }
}
