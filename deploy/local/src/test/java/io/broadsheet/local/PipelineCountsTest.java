package io.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PipelineCountsTest {

  @Test
  void readsAsOneLine() {
    assertThat(new PipelineCounts(12, 10, 9, 2).line())
        .isEqualTo("pages fetched 12 | articles extracted 10 | articles indexed 9 | rejected 2");
  }
}
