package io.broadsheet.testsupport;

/**
 * The {@code main} of a load run (a benchmark, not a test). The embedded broker and database it
 * starts keep non-daemon threads, so a run that threw would leave the JVM waiting forever instead
 * of failing: the outcome ends the JVM here, 0 when the run finished and 1, with the stack trace,
 * when it failed (an indexer that did not start, a stalled fetcher, a query answered with an
 * error).
 */
public final class LoadRun {

  /** A load run's body. */
  @FunctionalInterface
  public interface Body {
    void run() throws Exception;
  }

  private LoadRun() {}

  public static void exitWith(Body body) {
    int status = 0;
    try {
      body.run();
    } catch (Exception e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }
}
