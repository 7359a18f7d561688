package io.broadsheet.extractor.extract.body;

import io.broadsheet.events.ArticleExtracted.Kind;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The running text of a walk and the {@link Block}s cut from it: what a walk of the DOM ({@link
 * BlockWalker}) and a replay of a recorded walk ({@link BlockTrace}) both drive, so the two cut
 * text the same way. Each step names the index of the recorded step it is (or -1 when nothing is
 * recorded).
 *
 * <p>A replay takes a block from the recording instead of building it again when its text was made
 * by the very same steps: the text starts at the same recorded step, nothing was skipped since, and
 * the recording ended it at the same step. Normalising and weighing the text of every block is most
 * of the cost of a replay, and most blocks are the same in both.
 */
final class BlockCutter {

  /** A step index that matches no recorded one: the running text holds a skip. */
  private static final int MIXED = -2;

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final BlockTrace recording;
  private final BlockTrace replayed;
  private int linkChars;
  private int breaks;
  private int chars;

  /** The step at which the running text last became non-empty, or {@link #MIXED}. */
  private int firstStep = -1;

  /**
   * @param recording the trace to note each block in (by the step that ended it), or null
   * @param replayed the trace being replayed, whose blocks may be taken over, or null
   */
  BlockCutter(BlockTrace recording, BlockTrace replayed) {
    this.recording = recording;
    this.replayed = replayed;
  }

  /** Text of a text node; {@code linkLength} is its stripped length inside a link, else 0. */
  void text(String value, boolean blank, int linkLength, int step) {
    if (!blank) {
      breaks = 0;
    }
    append(value, step);
    chars += value.length();
    linkChars += linkLength;
  }

  /** The space between two cells of a row. */
  void space(int step) {
    append(" ", step);
  }

  /** A {@code <br>}: a space, and the second in a row outside a {@code <p>} ends a paragraph. */
  void lineBreak(Element owner, Kind kind, int step) {
    append(" ", step);
    if (++breaks >= 2
        && (kind == null || kind == Kind.PARAGRAPH)
        && !owner.normalName().equals("p")) {
      flush(owner, kind, step);
    }
  }

  /** A subtree left out of a replay: the running text no longer matches the recording's. */
  void skipped() {
    if (!text.isEmpty()) {
      firstStep = MIXED;
    }
  }

  /** Ends the running text: a block when it holds more than whitespace. */
  void flush(Element owner, Kind kind, int step) {
    breaks = 0;
    if (text.isEmpty()) {
      return;
    }
    Block block;
    if (replayed != null && firstStep >= 0 && replayed.startOfBlockEndedAt(step) == firstStep) {
      block = replayed.blockEndedAt(step);
    } else {
      String value = TextWeight.normalize(text);
      block =
          value.isEmpty()
              ? null
              : new Block(
                  kind == null ? Kind.PARAGRAPH : kind,
                  value,
                  Math.min(linkChars, value.length()),
                  owner);
    }
    if (recording != null) {
      recording.ended(step, firstStep, block);
    }
    text.setLength(0);
    linkChars = 0;
    if (block != null) {
      blocks.add(block);
    }
  }

  /** Whether the walk went past {@link BlockWalker#MAX_CHARS} or {@link BlockWalker#MAX_BLOCKS}. */
  boolean overLimit() {
    return chars > BlockWalker.MAX_CHARS || blocks.size() > BlockWalker.MAX_BLOCKS;
  }

  List<Block> blocks() {
    return blocks;
  }

  private void append(String value, int step) {
    if (text.isEmpty() && !value.isEmpty()) {
      firstStep = step;
    }
    text.append(value);
  }
}
