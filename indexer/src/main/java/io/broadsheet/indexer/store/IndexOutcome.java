package io.broadsheet.indexer.store;

import java.util.Locale;

/** What indexing one {@code ArticleExtracted} event did to the store. */
public enum IndexOutcome {
  /** A new canonical URL: a row was created. */
  INSERTED,
  /** A newer extraction with the same content refreshed the stored row in place. */
  UPDATED,
  /** A newer extraction with changed content: a new version, the previous one kept in history. */
  REVISED,
  /** An older extraction arriving late with content we had not seen: inserted into the history. */
  HISTORY,
  /** Nothing new: a redelivery, or an older extraction of a version we hold. */
  UNCHANGED;

  /** The metric tag value, e.g. {@code inserted}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
