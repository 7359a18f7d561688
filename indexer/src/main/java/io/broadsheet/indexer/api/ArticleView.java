package io.broadsheet.indexer.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * An article as the API serves it, in snake_case. Times are ISO-8601 strings: {@code published} and
 * {@code updated} with the offset the page stated, the others in UTC ({@code Z}). {@code snippet}
 * is set only by a search with {@code q}: HTML-escaped text whose matches are wrapped in {@code
 * <mark>}. {@code body}, {@code versions}, {@code story} and {@code duplicates} appear only on
 * {@code GET /articles/{id}}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ArticleView(
    String id,
    String canonicalUrl,
    String url,
    String site,
    String title,
    String subtitle,
    List<String> authors,
    List<String> credit,
    String published,
    String updated,
    String section,
    List<String> topics,
    String language,
    String siteName,
    LeadImage leadImage,
    String bodyText,
    int wordCount,
    Boolean paywalled,
    String contentHash,
    String extractorVersion,
    String fetchedAt,
    String extractedAt,
    String indexedAt,
    String storyId,
    int version,
    String snippet,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Block> body,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<VersionSummary> versions,
    @JsonInclude(JsonInclude.Include.NON_NULL) StorySummary story,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> duplicates) {

  /** The lead image. */
  public record LeadImage(String url, String caption, String credit) {}

  /** One version in an article's history: when, and which fields it changed. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record VersionSummary(
      int version, String extractedAt, String contentHash, String title, List<String> changed) {}

  /** The story an article belongs to, and how many articles it has. */
  public record StorySummary(String id, long size) {}

  /** One body block: {@code kind} is paragraph, heading, list-item or quote. */
  public record Block(String kind, String text) {}
}
