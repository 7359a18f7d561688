package io.broadsheet.extractor.extract;

import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleExtracted.LeadImage;
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
  private OffsetDateTime updated;
  private String subtitle;
  private String section;
  private String siteName;
  private LeadImage leadImage;
  private Boolean paywalled;
  private final List<String> authors = new ArrayList<>();
  private final List<String> credit = new ArrayList<>();
  private final List<String> topics = new ArrayList<>();
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

  public OffsetDateTime updated() {
    return updated;
  }

  public void updated(OffsetDateTime updated) {
    this.updated = updated;
  }

  public String subtitle() {
    return subtitle;
  }

  public void subtitle(String subtitle) {
    this.subtitle = subtitle;
  }

  public String section() {
    return section;
  }

  public void section(String section) {
    this.section = section;
  }

  public String siteName() {
    return siteName;
  }

  public void siteName(String siteName) {
    this.siteName = siteName;
  }

  public LeadImage leadImage() {
    return leadImage;
  }

  public void leadImage(LeadImage leadImage) {
    this.leadImage = leadImage;
  }

  /** True when the page says the article is not free to read; null when it says nothing. */
  public Boolean paywalled() {
    return paywalled;
  }

  public void paywalled(Boolean paywalled) {
    this.paywalled = paywalled;
  }

  /** Byline names, clean, in page order; extractors append. */
  public List<String> authors() {
    return authors;
  }

  /** Agency or source credits ("Reuters"); extractors append. */
  public List<String> credit() {
    return credit;
  }

  /** Tags, keywords and related topics; extractors append. */
  public List<String> topics() {
    return topics;
  }
}
