package io.broadsheet.indexer.version;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.store.IndexOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What indexing a batch of events for one canonical URL must write, as decided by {@link
 * VersionTimeline}. The writer applies it in this order: archive the stored current row, insert
 * history rows, correct history rows, then write the current row.
 */
public final class VersionPlan {

  /** A superseded version to insert into the history, taken from an event. */
  public record HistoryInsert(ArticleExtracted event, String fingerprint, List<String> changed) {}

  /** An existing history row whose predecessor changed (a late version arrived before it). */
  public record ChangedFix(Instant extractedAt, List<String> changed) {}

  /**
   * The current row: written from {@code event}, or null when the stored row's content stays;
   * {@code bodyHash} is the SHA-256 of its body text, computed once for versioning and reused for
   * stories.
   */
  public record Current(
      ArticleExtracted event,
      String fingerprint,
      String bodyHash,
      int version,
      List<String> changed) {}

  boolean archiveStoredCurrent;
  final List<HistoryInsert> historyInserts = new ArrayList<>();
  final List<ChangedFix> historyFixes = new ArrayList<>();
  Current current;

  /** When the current row is not rewritten but its version number or changes moved. */
  Current currentFix;

  final List<IndexOutcome> outcomes = new ArrayList<>();

  /** Copy the stored current row into the history before it is overwritten. */
  public boolean archiveStoredCurrent() {
    return archiveStoredCurrent;
  }

  public List<HistoryInsert> historyInserts() {
    return historyInserts;
  }

  public List<ChangedFix> historyFixes() {
    return historyFixes;
  }

  /** The current row to upsert, or null. */
  public Current current() {
    return current;
  }

  /** Only {@code version} and {@code changed} of the stored current row to update, or null. */
  public Current currentFix() {
    return currentFix;
  }

  /** One outcome per event, in the order the events were given. */
  public List<IndexOutcome> outcomes() {
    return outcomes;
  }
}
