package io.broadsheet.extractor.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockTraceTest {

  /** Elements whose class is "x" are left out. */
  private static final Predicate<Element> SKIP_X = e -> e.hasClass("x");

  private static Element body(String html) {
    return Jsoup.parse(html).body();
  }

  @Test
  void recordsTheWalkThatSkipsNothingButWhatNeverHoldsText() {
    Element body = body("<p>one <span class=x>two</span></p><script>no</script><div class=x>three");
    assertThat(BlockWalker.trace(body).blocks())
        .extracting(Block::text)
        .containsExactly("one two", "three");
  }

  @Test
  void replaysTheWalkWithoutTheSkippedSubtreesAsASecondWalkWouldCutIt() {
    // a skipped inline part, a skipped block that no longer splits its neighbours, line breaks
    // that meet once the text between them is gone, a skipped cell of a data row
    Element body =
        body(
            "<div>before <span class=x>ad</span> after <div class=x>box</div>joined</div>"
                + "<div>line<br><span class=x>gone</span><br>next</div>"
                + "<table><tr><td>a</td><td class=x>b</td><td>c</td></tr></table>"
                + "<p>kept as it was</p>");
    List<Block> replayed = BlockWalker.trace(body).replay(SKIP_X);

    assertThat(replayed)
        .extracting(Block::text)
        .containsExactly("before after joined", "line", "next", "a c", "kept as it was");
    assertThat(replayed).isEqualTo(BlockWalker.blocks(body, SKIP_X));
  }

  @Test
  void takesOverTheRecordedBlockWhenNothingInItWasSkipped() {
    Element body = body("<p>first</p><div class=x>skipped</div><p>second</p>");
    BlockTrace trace = BlockWalker.trace(body);
    List<Block> replayed = trace.replay(SKIP_X);

    assertThat(replayed).extracting(Block::text).containsExactly("first", "second");
    assertThat(replayed.get(1)).isSameAs(trace.blocks().get(2));
  }
}
