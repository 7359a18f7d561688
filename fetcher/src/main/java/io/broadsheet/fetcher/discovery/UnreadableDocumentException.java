package io.broadsheet.fetcher.discovery;

/** A discovery document could not be read as the kind it should be; the message says why. */
public class UnreadableDocumentException extends Exception {
  public UnreadableDocumentException(String message) {
    super(message);
  }

  public UnreadableDocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
