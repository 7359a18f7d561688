package io.broadsheet.indexer.messaging;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.indexer.service.ArticleIndexer;
import io.broadsheet.indexer.service.InvalidArticleException;
import io.broadsheet.indexer.store.IndexOutcome;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code broadsheet.articles.extracted}. The record is acknowledged (its offset committed)
 * only after the upsert has committed; any failure nacks it, and the channel's dead-letter strategy
 * moves it to {@code broadsheet.articles.extracted.dlq} with the cause in headers.
 */
@ApplicationScoped
public class ArticleExtractedListener {

  /** The incoming channel, configured in {@code application.properties}. */
  public static final String CHANNEL = "articles-extracted";

  private static final Logger LOG = Logger.getLogger(ArticleExtractedListener.class);

  private final ArticleIndexer indexer;

  public ArticleExtractedListener(ArticleIndexer indexer) {
    this.indexer = indexer;
  }

  @Incoming(CHANNEL)
  @Blocking
  public void onArticleExtracted(ConsumerRecord<String, byte[]> record) {
    try {
      checkType(record);
      ArticleExtracted event = EventCodec.fromJson(record.value(), ArticleExtracted.class);
      IndexOutcome outcome = indexer.index(event);
      LOG.debugf("indexed %s (%s): %s", event.canonicalUrl(), event.id(), outcome.tag());
    } catch (EventCodec.MalformedEventException | InvalidArticleException e) {
      LOG.warnf(
          "dead-lettering %s partition %d offset %d: %s",
          record.topic(), record.partition(), record.offset(), e.getMessage());
      throw e;
    }
  }

  /** A {@code ce_type} header, when present, must name ArticleExtracted v1. */
  private static void checkType(ConsumerRecord<String, byte[]> record) {
    Header type = record.headers().lastHeader("ce_type");
    if (type == null) {
      return;
    }
    String ceType = new String(type.value(), StandardCharsets.UTF_8);
    if (!EventType.ARTICLE_EXTRACTED.ceType().equals(ceType)) {
      throw new InvalidArticleException(
          "unexpected ce_type " + ceType + ", expected " + EventType.ARTICLE_EXTRACTED.ceType());
    }
  }
}
