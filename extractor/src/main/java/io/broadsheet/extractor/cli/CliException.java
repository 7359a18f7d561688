package io.broadsheet.extractor.cli;

/** A usage or input error: printed as one line, exit status 2. */
public final class CliException extends RuntimeException {
  public CliException(String message) {
    super(message);
  }
}
