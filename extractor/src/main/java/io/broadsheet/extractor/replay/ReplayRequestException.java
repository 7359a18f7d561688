package io.broadsheet.extractor.replay;

/** A replay request that cannot be run as asked (HTTP 400); the message says what to fix. */
public class ReplayRequestException extends RuntimeException {
  public ReplayRequestException(String message) {
    super(message);
  }
}
