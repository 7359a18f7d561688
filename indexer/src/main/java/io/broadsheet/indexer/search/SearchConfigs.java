package io.broadsheet.indexer.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The text search configurations the stored articles use, so that a query without a language filter
 * is parsed once per configuration (English stems for English articles, German for German ones) and
 * each article is matched with its own language's parse, instead of one stemmer that fits none of
 * the others. Read from the data and kept for a minute: a language that appears for the first time
 * becomes searchable within that minute.
 */
@ApplicationScoped
public class SearchConfigs {

  private static final long REFRESH_NANOS = 60_000_000_000L;

  private volatile List<String> configs;
  private volatile long readAt;

  /** The configurations in use; never empty ({@code simple} at least). */
  public List<String> inUse(Connection connection) throws SQLException {
    List<String> known = configs;
    if (known == null || System.nanoTime() - readAt > REFRESH_NANOS) {
      List<String> found = new ArrayList<>();
      try (Statement s = connection.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT DISTINCT search_config::text FROM article UNION SELECT 'simple'")) {
        while (r.next()) {
          found.add(r.getString(1));
        }
      }
      configs = known = List.copyOf(found);
      readAt = System.nanoTime();
    }
    return known;
  }
}
