package io.broadsheet.extractor.extract;

import io.broadsheet.events.ArticleExtracted.BodyBlock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The article as the field extractors build it up, one field at a time. Mutable and confined to one
 * extraction; every field starts empty (null) and a field extractor leaves a field it cannot fill
 * alone.
 */
public final class ArticleDraft {

  private String title;
  private String canonicalUrl;
  private String language;
  private OffsetDateTime published;
  private boolean bodyContainerFound;
  private final List<BodyBlock> body = new ArrayList<>();

  public String title() {
    return title;
  }

  public void title(String title) {
    this.title = title;
  }

  public String canonicalUrl() {
    return canonicalUrl;
  }

  public void canonicalUrl(String canonicalUrl) {
    this.canonicalUrl = canonicalUrl;
  }

  public String language() {
    return language;
  }

  public void language(String language) {
    this.language = language;
  }

  public OffsetDateTime published() {
    return published;
  }

  public void published(OffsetDateTime published) {
    this.published = published;
  }

  /** Whether a main content container was found at all (false on section fronts). */
  public boolean bodyContainerFound() {
    return bodyContainerFound;
  }

  public void bodyContainerFound(boolean found) {
    this.bodyContainerFound = found;
  }

  /** The body blocks in reading order; extractors append to it. */
  public List<BodyBlock> body() {
    return body;
  }
}
