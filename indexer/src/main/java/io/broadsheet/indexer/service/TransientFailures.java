package io.broadsheet.indexer.service;

import java.sql.SQLException;

/**
 * Tells a database failure worth waiting out (connection lost, server shutting down, out of
 * resources, serialization conflict or deadlock) from one that is about the data written (invalid
 * text, a value out of range, a limit exceeded), which retrying cannot fix.
 */
public final class TransientFailures {

  private TransientFailures() {}

  /** Whether {@code failure} (or a cause) says the database, not the data, failed. */
  public static boolean isTransient(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return isTransientState(sql.getSQLState());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    // Not a database failure at all: a fault in this event or in our code, which waiting won't fix.
    return false;
  }

  /**
   * SQLSTATE classes (PostgreSQL appendix A): 08 connection exception, 40 transaction rollback, 53
   * insufficient resources, 57 operator intervention, 58 system error. A missing state comes from
   * the driver or the pool losing the connection.
   */
  static boolean isTransientState(String state) {
    if (state == null || state.length() < 2) {
      return true;
    }
    return switch (state.substring(0, 2)) {
      case "08", "40", "53", "57", "58" -> true;
      default -> false;
    };
  }
}
