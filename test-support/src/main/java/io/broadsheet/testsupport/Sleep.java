package io.broadsheet.testsupport;

/** The pause between two polls of something that is not ready yet. */
final class Sleep {

  static void briefly() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }

  private Sleep() {}
}
