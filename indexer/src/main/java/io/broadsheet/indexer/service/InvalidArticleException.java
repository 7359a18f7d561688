package io.broadsheet.indexer.service;

/** An {@code ArticleExtracted} event that decodes but breaks the contract; it is dead-lettered. */
public class InvalidArticleException extends RuntimeException {
  public InvalidArticleException(String message) {
    super(message);
  }
}
