package io.broadsheet.indexer.store;

import java.util.Locale;

/** What indexing one {@code ArticleExtracted} event did to the store. */
public enum IndexOutcome {
  /** A new canonical URL: a row was created. */
  INSERTED,
  /** A newer extraction of a known canonical URL replaced the stored one. */
  UPDATED,
  /** The event was not newer than the stored row (a redelivery or an out-of-order older event). */
  UNCHANGED;

  /** The metric tag value: {@code inserted}, {@code updated} or {@code unchanged}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
