package io.broadsheet.extractor.replay;

/**
 * A replay that would cover pages a queued or running job already covers (HTTP 409): both would
 * publish the same articles, which is harmless but pointless.
 */
public class ReplayConflictException extends RuntimeException {
  private final String existingId;

  public ReplayConflictException(String existingId, String message) {
    super(message);
    this.existingId = existingId;
  }

  /** The id of the job already covering the range. */
  public String existingId() {
    return existingId;
  }
}
