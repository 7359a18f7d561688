package io.broadsheet.indexer.search;

/** A search parameter the API refuses; {@link #parameter()} names it for the problem response. */
public class InvalidSearchException extends RuntimeException {

  private final String parameter;

  public InvalidSearchException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
