package io.broadsheet.indexer.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.fixtures.Articles;
import io.broadsheet.indexer.store.IndexOutcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionTimelineTest {

  private static final ArticleExtracted V1 = Articles.full("https://news.example.org/timeline");
  private static final Instant T1 = V1.extractedAt();

  private static ArticleExtracted retitled(String title, int secondsAfterV1) {
    return Articles.retitled(V1, title, T1.plusSeconds(secondsAfterV1));
  }

  private static VersionTimeline stored(ArticleExtracted current, int version) {
    return new VersionTimeline(
        new StoredVersion(current.extractedAt(), ArticleContent.of(current)),
        List.of(),
        version,
        List.of());
  }

  @Test
  void aNewArticleIsInsertedAsVersionOne() {
    VersionPlan plan = new VersionTimeline(null, List.of(), 0, List.of()).apply(List.of(V1));

    assertThat(plan.outcomes()).containsExactly(IndexOutcome.INSERTED);
    assertThat(plan.current().version()).isEqualTo(1);
    assertThat(plan.current().changed()).isEmpty();
    assertThat(plan.archiveStoredCurrent()).isFalse();
  }

  @Test
  void aNewerExtractionWithTheSameContentUpdatesInPlace() {
    VersionPlan plan = stored(V1, 1).apply(List.of(retitled(V1.title(), 60)));

    assertThat(plan.outcomes()).containsExactly(IndexOutcome.UPDATED);
    assertThat(plan.current().version()).isEqualTo(1);
    assertThat(plan.archiveStoredCurrent()).isFalse();
    assertThat(plan.historyInserts()).isEmpty();
  }

  @Test
  void aNewerExtractionWithAnotherTitleArchivesTheStoredVersion() {
    VersionPlan plan = stored(V1, 1).apply(List.of(retitled("Vote delayed", 60)));

    assertThat(plan.outcomes()).containsExactly(IndexOutcome.REVISED);
    assertThat(plan.archiveStoredCurrent()).isTrue();
    assertThat(plan.current().version()).isEqualTo(2);
    assertThat(plan.current().changed()).containsExactly("title");
  }

  @Test
  void aRedeliveryChangesNothing() {
    VersionPlan plan = stored(V1, 1).apply(List.of(V1));

    assertThat(plan.outcomes()).containsExactly(IndexOutcome.UNCHANGED);
    assertThat(plan.current()).isNull();
    assertThat(plan.currentFix()).isNull();
  }

  @Test
  void twoRevisionsInOneBatchKeepTheMiddleOneInTheHistory() {
    ArticleExtracted v2 = retitled("Second", 60);
    ArticleExtracted v3 = retitled("Third", 120);

    VersionPlan plan = stored(V1, 1).apply(List.of(v2, v3));

    assertThat(plan.outcomes()).containsExactly(IndexOutcome.REVISED, IndexOutcome.REVISED);
    assertThat(plan.archiveStoredCurrent()).isTrue();
    assertThat(plan.historyInserts()).extracting(h -> h.event().title()).containsExactly("Second");
    assertThat(plan.current().event()).isSameAs(v3);
    assertThat(plan.current().version()).isEqualTo(3);
  }

  @Test
  void aLateExtractionWithUnseenContentIsPlacedInTheHistoryAndTheNextVersionsChangesMove() {
    ArticleExtracted current = retitled("Now", 120);
    ArticleExtracted late = retitled("Earlier", 60);
    ArticleExtracted first = V1;
    VersionTimeline timeline =
        new VersionTimeline(
            new StoredVersion(current.extractedAt(), ArticleContent.of(current)),
            List.of("title"),
            2,
            List.of(new StoredVersion(first.extractedAt(), ArticleContent.of(first))));

    VersionPlan plan = timeline.apply(List.of(late));

    assertThat(plan.outcomes()).containsExactly(IndexOutcome.HISTORY);
    assertThat(plan.historyInserts())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.event()).isSameAs(late);
              assertThat(h.changed()).containsExactly("title");
            });
    assertThat(plan.current()).isNull();
    assertThat(plan.currentFix().version()).isEqualTo(3);
    assertThat(plan.currentFix().changed()).containsExactly("title");
  }

  @Test
  void aLateExtractionOfAVersionWeHoldIsNothingNew() {
    ArticleExtracted current = retitled("Now", 120);
    ArticleExtracted lateCopyOfFirst = Articles.retitled(V1, V1.title(), T1.plusSeconds(30));
    VersionTimeline timeline =
        new VersionTimeline(
            new StoredVersion(current.extractedAt(), ArticleContent.of(current)),
            List.of("title"),
            2,
            List.of(new StoredVersion(V1.extractedAt(), ArticleContent.of(V1))));

    VersionPlan plan = timeline.apply(List.of(lateCopyOfFirst));

    assertThat(plan.outcomes()).containsExactly(IndexOutcome.UNCHANGED);
    assertThat(plan.historyInserts()).isEmpty();
    assertThat(plan.currentFix()).isNull();
  }

  @Test
  void changesNameEveryVersionedFieldThatDiffers() {
    ArticleContent before = ArticleContent.of(V1);
    ArticleContent after =
        new ArticleContent(
            "Other title",
            before.subtitle(),
            List.of("Someone Else"),
            before.section(),
            List.of("transport"),
            null,
            "another body hash");

    assertThat(after.changedFrom(before))
        .containsExactly("title", "authors", "topics", "lead_image", "body");
    assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
    assertThat(ArticleContent.of(V1).fingerprint()).isEqualTo(before.fingerprint());
  }
}
