package io.broadsheet.indexer.version;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.store.IndexOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides what a batch of extractions of one canonical URL does to its versions. Versions are
 * ordered by extraction time; a new version starts only where the content ({@link ArticleContent})
 * differs from the version before it. So:
 *
 * <ul>
 *   <li>a newer extraction with the same content updates the current row in place (dates, fetch
 *       time) — {@code updated};
 *   <li>a newer extraction with different content supersedes the current row, which moves to the
 *       history — {@code revised};
 *   <li>a redelivery (same extraction time) changes nothing — {@code unchanged};
 *   <li>an older extraction arriving late never touches the current row; if its content is one we
 *       have not seen at that place in the timeline, it is inserted into the history there and the
 *       version after it has its {@code changed} fields recomputed — {@code history}; otherwise it
 *       is {@code unchanged}.
 * </ul>
 */
public final class VersionTimeline {

  /** A version in the timeline: from the database (event null) or from this batch. */
  private static final class Entry {
    final Instant extractedAt;
    final ArticleContent content;
    final ArticleExtracted event;
    List<String> changed;
    boolean changedMoved;

    Entry(Instant at, ArticleContent content, ArticleExtracted event, List<String> changed) {
      this.extractedAt = at;
      this.content = content;
      this.event = event;
      this.changed = changed;
    }
  }

  private final List<Entry> history = new ArrayList<>();
  private Entry current;
  private final boolean storedCurrent;
  private final int storedVersion;

  /**
   * @param stored the current row, or null for an article not yet stored
   * @param storedChanged the current row's {@code changed}
   * @param storedVersion the current row's version number (ignored when {@code stored} is null)
   * @param storedHistory the history rows; may be empty when no event in the batch is older than
   *     {@code stored} (the history is only needed to place late versions)
   */
  public VersionTimeline(
      StoredVersion stored,
      List<String> storedChanged,
      int storedVersion,
      List<StoredVersion> storedHistory) {
    this.storedCurrent = stored != null;
    this.storedVersion = stored == null ? 0 : storedVersion;
    if (stored != null) {
      current = new Entry(stored.extractedAt(), stored.content(), null, storedChanged);
    }
    storedHistory.stream()
        .sorted(Comparator.comparing(StoredVersion::extractedAt))
        .forEach(v -> history.add(new Entry(v.extractedAt(), v.content(), null, null)));
  }

  /** Applies {@code events} (any order) and returns what to write. */
  public VersionPlan apply(List<ArticleExtracted> events) {
    VersionPlan plan = new VersionPlan();
    int versionsAdded = 0;
    Entry currentBefore = current;
    for (ArticleExtracted event : events) {
      IndexOutcome outcome = applyOne(event, plan);
      plan.outcomes.add(outcome);
      if (outcome == IndexOutcome.REVISED || outcome == IndexOutcome.HISTORY) {
        versionsAdded++;
      }
    }
    int version = (storedCurrent ? storedVersion : 1) + versionsAdded;
    for (Entry e : history) {
      if (e.event != null) {
        plan.historyInserts.add(
            new VersionPlan.HistoryInsert(e.event, e.content.fingerprint(), e.changed));
      } else if (e.changedMoved) {
        plan.historyFixes.add(new VersionPlan.ChangedFix(e.extractedAt, e.changed));
      }
    }
    if (current.event != null) {
      plan.current =
          new VersionPlan.Current(
              current.event,
              current.content.fingerprint(),
              current.content.bodyHash(),
              version,
              current.changed);
    } else if (versionsAdded > 0 || current.changedMoved) {
      plan.currentFix = new VersionPlan.Current(null, null, null, version, current.changed);
    }
    plan.archiveStoredCurrent =
        storedCurrent && currentBefore != current && isInHistory(currentBefore);
    return plan;
  }

  private boolean isInHistory(Entry entry) {
    return history.contains(entry);
  }

  private IndexOutcome applyOne(ArticleExtracted event, VersionPlan plan) {
    ArticleContent content = ArticleContent.of(event);
    Instant at = event.extractedAt();
    if (current == null) {
      current = new Entry(at, content, event, List.of());
      return IndexOutcome.INSERTED;
    }
    int order = at.compareTo(current.extractedAt);
    if (order > 0) {
      List<String> changed = content.changedFrom(current.content);
      if (changed.isEmpty()) {
        // Same content, newer extraction: refresh the row in place, keeping its changes.
        current = new Entry(at, content, event, current.changed);
        return IndexOutcome.UPDATED;
      }
      history.add(current);
      current = new Entry(at, content, event, changed);
      return IndexOutcome.REVISED;
    }
    if (order == 0) {
      return IndexOutcome.UNCHANGED;
    }
    return placeLate(at, content, event);
  }

  /** An extraction older than the current one: fills a gap in the history, or is nothing new. */
  private IndexOutcome placeLate(Instant at, ArticleContent content, ArticleExtracted event) {
    int index = 0;
    while (index < history.size() && history.get(index).extractedAt.isBefore(at)) {
      index++;
    }
    if (index < history.size() && history.get(index).extractedAt.equals(at)) {
      return IndexOutcome.UNCHANGED;
    }
    Entry before = index == 0 ? null : history.get(index - 1);
    Entry after = index < history.size() ? history.get(index) : current;
    if (before != null && before.content.equals(content)) {
      return IndexOutcome.UNCHANGED; // a re-extraction of a version we hold
    }
    if (after.content.equals(content)) {
      return IndexOutcome.UNCHANGED; // the next version began earlier than we knew; kept simple
    }
    List<String> changed = before == null ? List.of() : content.changedFrom(before.content);
    history.add(index, new Entry(at, content, event, changed));
    after.changed = after.content.changedFrom(content);
    after.changedMoved = true;
    return IndexOutcome.HISTORY;
  }
}
