package io.broadsheet.extractor.extract.body;

import io.broadsheet.events.ArticleExtracted.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * One walk of a subtree by {@link BlockWalker} with nothing skipped, recorded step by step (text,
 * cell space, line break, end of block, and the entry to and exit from every element that may hold
 * text), so that the walk with a skip predicate can be replayed without the DOM. The body needs
 * both walks of the page: the whole one to weigh what is noise ({@link NoiseJudge}), then the one
 * without it; the replay gives exactly the blocks a second walk would, for much less work.
 *
 * <p>A recording cut short by the walk's limits cannot say what a walk without the skipped parts
 * would have reached: then, and when a replay itself reaches the limits, the replay walks the DOM.
 */
final class BlockTrace {

  private static final byte ENTER = 0;
  private static final byte EXIT = 1;
  private static final byte TEXT = 2;
  private static final byte BLANK_TEXT = 3;
  private static final byte SPACE = 4;
  private static final byte BREAK = 5;
  private static final byte FLUSH = 6;

  private final Element root;
  private static final Kind[] KINDS = Kind.values();

  /** Steps of a typical news page; the arrays grow as needed. */
  private static final int INITIAL_STEPS = 4096;

  private int size;
  private byte[] type = new byte[INITIAL_STEPS];

  /** The element entered; the text; the owner of a line break or block end. */
  private Object[] ref = new Object[INITIAL_STEPS];

  /**
   * Index of the matching exit of an entry; link length of a text; 1 + the ordinal of the kind of a
   * line break or block end (0: none).
   */
  private int[] aux = new int[INITIAL_STEPS];

  /** For a step that ended a block: 1 + the step its text began at (0: no block ended here). */
  private int[] blockStart = new int[INITIAL_STEPS];

  private Block[] blockMade = new Block[INITIAL_STEPS];
  private List<Block> blocks;
  private boolean complete;

  BlockTrace(Element root) {
    this.root = root;
  }

  /** The blocks of the recorded walk: nothing skipped but what never holds text. */
  List<Block> blocks() {
    return blocks;
  }

  /** What {@code BlockWalker.blocks(root, skip)} gives. */
  List<Block> replay(Predicate<Element> skip) {
    if (!complete) {
      return BlockWalker.blocks(root, skip);
    }
    BlockCutter cut = new BlockCutter(null, this);
    int i = 0;
    while (i < size) {
      switch (type[i]) {
        case ENTER -> {
          if (skip.test((Element) ref[i])) {
            cut.skipped();
            i = aux[i];
          }
        }
        case TEXT, BLANK_TEXT -> cut.text((String) ref[i], type[i] == BLANK_TEXT, aux[i], i);
        case SPACE -> cut.space(i);
        case BREAK -> cut.lineBreak((Element) ref[i], kindAt(i), i);
        case FLUSH -> cut.flush((Element) ref[i], kindAt(i), i);
        default -> {} // EXIT
      }
      i++;
    }
    // the walk checks its limits as it goes; past them, only a real walk says where it stops
    return cut.overLimit() ? BlockWalker.blocks(root, skip) : cut.blocks();
  }

  int enter(Element e) {
    return add(ENTER, e, 0);
  }

  void exit(int enter) {
    int exit = add(EXIT, null, 0); // first: adding may replace the arrays
    aux[enter] = exit;
  }

  int text(String value, boolean blank, int linkLength) {
    return add(blank ? BLANK_TEXT : TEXT, value, linkLength);
  }

  int space() {
    return add(SPACE, null, 0);
  }

  int lineBreak(Element owner, Kind kind) {
    return add(BREAK, owner, kind == null ? 0 : kind.ordinal() + 1);
  }

  int flush(Element owner, Kind kind) {
    return add(FLUSH, owner, kind == null ? 0 : kind.ordinal() + 1);
  }

  /** Notes that the step ended the text begun at {@code start} with {@code block} (or none). */
  void ended(int step, int start, Block block) {
    blockStart[step] = start + 1;
    blockMade[step] = block;
  }

  /** The step at which the text of the block ended at {@code step} began, or -1. */
  int startOfBlockEndedAt(int step) {
    return blockStart[step] - 1;
  }

  /** The block ended at {@code step}; null when its text was only whitespace. */
  Block blockEndedAt(int step) {
    return blockMade[step];
  }

  /** The recording is over: its blocks, and whether the walk ran to the end within its limits. */
  void finish(List<Block> blocks, boolean overLimit) {
    this.blocks = blocks;
    this.complete = !overLimit;
  }

  private Kind kindAt(int step) {
    return aux[step] == 0 ? null : KINDS[aux[step] - 1];
  }

  private int add(byte stepType, Object reference, int auxiliary) {
    if (size == type.length) {
      int capacity = size * 2;
      type = Arrays.copyOf(type, capacity);
      ref = Arrays.copyOf(ref, capacity);
      aux = Arrays.copyOf(aux, capacity);
      blockStart = Arrays.copyOf(blockStart, capacity);
      blockMade = Arrays.copyOf(blockMade, capacity);
    }
    type[size] = stepType;
    ref[size] = reference;
    aux[size] = auxiliary;
    return size++;
  }
}
