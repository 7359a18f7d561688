package io.broadsheet.indexer.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryAssignerTest {

  private final StoryAssigner assigner = new StoryAssigner(0.5);

  private static int[] signature(int equalPositions, int seed) {
    int[] s = new int[MinHash.HASHES];
    Arrays.fill(s, 7);
    for (int i = equalPositions; i < s.length; i++) {
      s[i] = seed * 1000 + i;
    }
    return s;
  }

  @Test
  void noCandidateStartsAStoryNamedAfterTheArticle() {
    assertThat(assigner.assign("a1", "h1", false, signature(100, 1), List.of())).isEqualTo("a1");
  }

  @Test
  void anExactCopyJoinsEvenWithoutASignature() {
    StoryCandidate original = new StoryCandidate("a0", "s0", "h1", null);

    assertThat(assigner.assign("a1", "h1", false, null, List.of(original))).isEqualTo("s0");
  }

  @Test
  void emptyBodiesAreNeverCopiesOfEachOther() {
    StoryCandidate empty = new StoryCandidate("a0", "s0", "h-empty", null);

    assertThat(assigner.assign("a1", "h-empty", true, null, List.of(empty))).isEqualTo("a1");
  }

  @Test
  void theMostSimilarCandidateAtOrAboveTheThresholdWins() {
    StoryCandidate weak = new StoryCandidate("a0", "s-weak", "x", signature(55, 2));
    StoryCandidate strong = new StoryCandidate("a2", "s-strong", "y", signature(90, 3));
    StoryCandidate below = new StoryCandidate("a3", "s-below", "z", signature(40, 4));

    assertThat(assigner.assign("a1", "h", false, signature(100, 1), List.of(weak, strong, below)))
        .isEqualTo("s-strong");
  }

  @Test
  void candidatesBelowTheThresholdAreIgnored() {
    StoryCandidate below = new StoryCandidate("a3", "s-below", "z", signature(49, 4));

    assertThat(assigner.assign("a1", "h", false, signature(100, 1), List.of(below)))
        .isEqualTo("a1");
  }

  @Test
  void aThresholdOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> new StoryAssigner(0)).hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> new StoryAssigner(1.5)).hasMessageContaining("(0, 1]");
  }
}
