package io.broadsheet.indexer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleViewsTest {

  @Test
  void restoresTheOffsetTheEventStated() {
    assertThat(ArticleViews.withOffset(Instant.parse("2024-05-01T08:15:30Z"), 7200))
        .isEqualTo("2024-05-01T10:15:30+02:00");
  }

  @Test
  void keepsSecondsWhenTheyAreZero() {
    assertThat(ArticleViews.withOffset(Instant.parse("2024-05-01T17:30:00Z"), -19800))
        .isEqualTo("2024-05-01T12:00:00-05:30");
  }

  @Test
  void writesUtcOffsetAsZ() {
    assertThat(ArticleViews.withOffset(Instant.parse("2024-05-01T08:00:00Z"), 0))
        .isEqualTo("2024-05-01T08:00:00Z");
  }

  @Test
  void writesInstantsInUtcWithFractionKept() {
    assertThat(ArticleViews.utc(Instant.parse("2024-05-01T08:20:01.123456Z")))
        .isEqualTo("2024-05-01T08:20:01.123456Z");
  }

  @Test
  void leavesAbsentTimesNull() {
    assertThat(ArticleViews.withOffset(null, null)).isNull();
    assertThat(ArticleViews.utc(null)).isNull();
  }
}
