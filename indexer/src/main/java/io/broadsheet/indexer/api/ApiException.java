package io.broadsheet.indexer.api;

/** A request the API refuses, with the HTTP status and the message for {@link ApiError}. */
public class ApiException extends RuntimeException {

  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
