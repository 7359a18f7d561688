package io.broadsheet.indexer.version;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of an article as stored: the current row or a history row.
 *
 * @param extractedAt when the version was extracted; orders versions
 * @param content its versioned fields
 */
public record StoredVersion(Instant extractedAt, ArticleContent content) {
  public StoredVersion {
    Objects.requireNonNull(extractedAt, "extractedAt");
    Objects.requireNonNull(content, "content");
  }
}
