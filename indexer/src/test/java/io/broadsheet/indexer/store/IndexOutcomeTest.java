package io.broadsheet.indexer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IndexOutcomeTest {

  @Test
  void tagsAreTheLowerCaseNames() {
    assertThat(Arrays.stream(IndexOutcome.values()).map(IndexOutcome::tag))
        .containsExactly("inserted", "updated", "revised", "history", "unchanged");
  }
}
