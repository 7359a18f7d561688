package io.broadsheet.events;

import java.util.List;

/**
 * Every Kafka topic Broadsheet uses, in one place. Services, the local stack, tests and the
 * Kubernetes manifests all take names and sizes from here, never from a copy.
 */
public final class Topics {

  /** URLs waiting to be fetched; key = host, so one fetcher replica owns a host at a time. */
  public static final String FETCH_REQUESTED = "broadsheet.fetch.requested";

  /** Raw pages as downloaded; key = host of the final URL. */
  public static final String PAGES_FETCHED = "broadsheet.pages.fetched";

  /** Structured articles; key = canonical URL. The topic downstream services subscribe to. */
  public static final String ARTICLES_EXTRACTED = "broadsheet.articles.extracted";

  /** Pages that did not become articles, with a reason code; key = URL. */
  public static final String PAGES_REJECTED = "broadsheet.pages.rejected";

  /** Dead letters: messages a consumer failed on, with the failure in headers. */
  public static final String FETCH_REQUESTED_DLQ = FETCH_REQUESTED + ".dlq";

  public static final String PAGES_FETCHED_DLQ = PAGES_FETCHED + ".dlq";
  public static final String ARTICLES_EXTRACTED_DLQ = ARTICLES_EXTRACTED + ".dlq";

  /**
   * Largest record any producer may send and the broker must accept (16 MiB). A fetched page is
   * capped at 10 MiB decoded: 10 MiB plus headers as a page event v2, ~13.4 MiB as v1 (base64 in
   * JSON), before compression.
   */
  public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

  /** Default partition count of the work topics: the ceiling on replicas per stage. */
  public static final int DEFAULT_PARTITIONS = 6;

  /** A topic and the settings it is created with. */
  public record TopicSpec(String name, int partitions, String key, String event) {}

  /** All topics with their creation settings, for the local stack, tests and manifests. */
  public static List<TopicSpec> all() {
    return List.of(
        new TopicSpec(FETCH_REQUESTED, DEFAULT_PARTITIONS, "host", "FetchRequested"),
        new TopicSpec(PAGES_FETCHED, DEFAULT_PARTITIONS, "host", "PageFetched"),
        new TopicSpec(ARTICLES_EXTRACTED, DEFAULT_PARTITIONS, "canonical URL", "ArticleExtracted"),
        new TopicSpec(PAGES_REJECTED, DEFAULT_PARTITIONS, "URL", "PageRejected"),
        new TopicSpec(FETCH_REQUESTED_DLQ, 1, "as consumed", "FetchRequested"),
        new TopicSpec(PAGES_FETCHED_DLQ, 1, "as consumed", "PageFetched"),
        new TopicSpec(ARTICLES_EXTRACTED_DLQ, 1, "as consumed", "ArticleExtracted"));
  }

  private Topics() {}
}
