package io.broadsheet.extractor.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted.Kind;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockWalkerTest {

  private static List<Block> blocks(String html) {
    return BlockWalker.blocks(Jsoup.parse(html).body(), NoiseHints::isNoise);
  }

  @Test
  void endsABlockAtEveryBlockLevelElementButNotAtInlineOnes() {
    assertThat(blocks("<div>one <b>two</b><p>three <a href=/x>four</a></p>five</div>"))
        .extracting(Block::text)
        .containsExactly("one two", "three four", "five");
  }

  @Test
  void readsACustomElementAsInlineWhileItsParagraphsStayBlocks() {
    assertThat(
            blocks(
                "<p>Most common in adults (<hl-source><a href=/s/1>1</a></hl-source>).</p>"
                    + "<story-body><p>One.</p><p>Two.</p></story-body>"))
        .extracting(Block::text)
        .containsExactly("Most common in adults (1).", "One.", "Two.");
  }

  @Test
  void countsLinkTextOfEachBlock() {
    Block block = blocks("<p>Read <a href=/x>the full report</a></p>").get(0);

    assertThat(block.linkChars()).isEqualTo("the full report".length());
    assertThat(block.linkDensity()).isCloseTo(15.0 / 20, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void takesTheKindFromTheNearestKindGivingAncestor() {
    assertThat(
            blocks(
                "<h3><span>Head</span></h3><ul><li>item <em>one</em></li><li><p>para</p></li></ul>"
                    + "<blockquote><p>said</p></blockquote>"))
        .extracting(Block::kind, Block::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.HEADING, "Head"),
            org.assertj.core.groups.Tuple.tuple(Kind.LIST_ITEM, "item one"),
            org.assertj.core.groups.Tuple.tuple(Kind.PARAGRAPH, "para"),
            org.assertj.core.groups.Tuple.tuple(Kind.QUOTE, "said"));
  }

  @Test
  void splitsBareTextAtTwoLineBreaksButNotInsideAParagraph() {
    assertThat(blocks("<div>one<br>two<br><br>three</div><p>four<br><br>five</p>"))
        .extracting(Block::text)
        .containsExactly("one two", "three", "four five");
  }

  @Test
  void skipsScriptsStylesHiddenElementsAndNoise() {
    assertThat(
            blocks(
                "<p>kept</p><script>var x;</script><style>p{}</style><p hidden>h</p>"
                    + "<p style='display: none'>d</p><div class=share-bar><p>s</p></div>"))
        .extracting(Block::text)
        .containsExactly("kept");
  }

  @Test
  void readsARowOfADataTableAsOneLine() {
    assertThat(
            blocks(
                "<table><tr><th>Rank</th><th>Baker</th></tr>"
                    + "<tr><td>1</td><td><b>Ada Crumb</b></td></tr>"
                    + "<tr><td>2</td><td>Bo Loaf</td></tr></table>"))
        .extracting(Block::text)
        .containsExactly("Rank Baker", "1 Ada Crumb", "2 Bo Loaf");
  }

  @Test
  void walksALayoutTableCellByCell() {
    assertThat(blocks("<table><tr><td><p>Left column.</p></td><td>Right column.</td></tr></table>"))
        .extracting(Block::text)
        .containsExactly("Left column.", "Right column.");
  }
}
