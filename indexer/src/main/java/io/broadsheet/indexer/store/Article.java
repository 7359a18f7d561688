package io.broadsheet.indexer.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A stored article: the latest extraction of one canonical URL. Flyway owns the table ({@code
 * V1__create_article.sql}, {@code V2__versions_stories_search.sql}); Hibernate only reads and
 * validates it. Writes go through {@link ArticleUpsert} so that the idempotent, ordered upsert is
 * one SQL statement.
 */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "canonical_url", nullable = false, unique = true)
  public String canonicalUrl;

  @Column(nullable = false)
  public String url;

  public String site;

  @Column(nullable = false)
  public String title;

  public String subtitle;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> authors;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> credit;

  public Instant published;

  /** UTC offset of {@link #published} as the event stated it, in seconds. */
  @Column(name = "published_offset")
  public Integer publishedOffset;

  public Instant updated;

  /** UTC offset of {@link #updated} as the event stated it, in seconds. */
  @Column(name = "updated_offset")
  public Integer updatedOffset;

  public String section;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> topics;

  public String language;

  @Column(name = "site_name")
  public String siteName;

  /** The lead image as JSON ({@code {url, caption, credit}}), or null. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "lead_image")
  public String leadImage;

  /** The body blocks as a JSON array of {@code {kind, text}}. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String body;

  @Column(name = "body_text", nullable = false)
  public String bodyText;

  @Column(name = "word_count", nullable = false)
  public int wordCount;

  public Boolean paywalled;

  @Column(name = "content_hash")
  public String contentHash;

  @Column(name = "extractor_version", nullable = false)
  public String extractorVersion;

  @Column(name = "fetched_at")
  public Instant fetchedAt;

  @Column(name = "extracted_at", nullable = false)
  public Instant extractedAt;

  @Column(name = "first_indexed_at", nullable = false)
  public Instant firstIndexedAt;

  @Column(name = "last_indexed_at", nullable = false)
  public Instant lastIndexedAt;

  /** The story (cluster of near-duplicate bodies) this article belongs to. */
  @Column(name = "story_id", nullable = false)
  public String storyId;

  /** The number of the current version (1 for an article never revised). */
  @Column(nullable = false)
  public int version;

  /** Which fields the current version changed from the one before it. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(nullable = false)
  public List<String> changed;

  /** SHA-256 (hex) of the body text, computed by the indexer: equal hashes are exact copies. */
  @Column(name = "body_hash")
  public String bodyHash;

  /** The listing key: {@code coalesce(published, first_indexed_at)}, computed by the database. */
  @Column(name = "sort_at", insertable = false, updatable = false)
  public Instant sortAt;
}
