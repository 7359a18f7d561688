package io.broadsheet.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An article extracted from a page: the event downstream services subscribe to. Keyed by {@link
 * #canonicalUrl()}. Optional fields are null (or empty lists) when the page does not state them.
 *
 * @param id stable article id derived from the canonical URL ({@link ArticleIds})
 * @param canonicalUrl the page's canonical URL, or the fetched URL when it states none
 * @param url the URL the page was fetched from (after redirects)
 * @param site host of the canonical URL
 * @param title the headline
 * @param subtitle dek or standfirst
 * @param authors byline names, each clean
 * @param credit agency or source credit lines
 * @param published first publication time with the offset the page states or implies
 * @param updated last update time, same convention
 * @param section the section the page files the article under
 * @param topics tags, keywords and related topics
 * @param language BCP 47 language tag
 * @param siteName the publication's name
 * @param leadImage the lead image, or null
 * @param body ordered body blocks
 * @param bodyText the body as plain text, blocks separated by blank lines
 * @param wordCount words in the body
 * @param paywalled whether the page says the article is not free to read, null when unknown
 * @param contentHash SHA-256 (hex) of {@code bodyText}, to spot unchanged re-fetches
 * @param extractorVersion the version of the extractor that produced this
 * @param fetchedAt when the page was fetched
 * @param extractedAt when it was extracted
 */
public record ArticleExtracted(
    String id,
    String canonicalUrl,
    String url,
    String site,
    String title,
    String subtitle,
    List<String> authors,
    List<String> credit,
    OffsetDateTime published,
    OffsetDateTime updated,
    String section,
    List<String> topics,
    String language,
    String siteName,
    LeadImage leadImage,
    List<BodyBlock> body,
    String bodyText,
    int wordCount,
    Boolean paywalled,
    String contentHash,
    String extractorVersion,
    Instant fetchedAt,
    Instant extractedAt) {

  public ArticleExtracted {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(bodyText, "bodyText");
    Objects.requireNonNull(extractorVersion, "extractorVersion");
    authors = authors == null ? List.of() : List.copyOf(authors);
    credit = credit == null ? List.of() : List.copyOf(credit);
    topics = topics == null ? List.of() : List.copyOf(topics);
    body = body == null ? List.of() : List.copyOf(body);
  }

  /** The article's lead image. */
  public record LeadImage(String url, String caption, String credit) {}

  /** One block of the body, in reading order. */
  public record BodyBlock(Kind kind, String text) {
    public BodyBlock {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }
  }

  /** What a body block is. Serialised in lower case. */
  public enum Kind {
    @com.fasterxml.jackson.annotation.JsonProperty("paragraph")
    PARAGRAPH,
    @com.fasterxml.jackson.annotation.JsonProperty("heading")
    HEADING,
    @com.fasterxml.jackson.annotation.JsonProperty("list-item")
    LIST_ITEM,
    @com.fasterxml.jackson.annotation.JsonProperty("quote")
    QUOTE
  }
}
