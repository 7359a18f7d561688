package io.broadsheet.extractor.service;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.EventType;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageRejected;
import io.broadsheet.extractor.extract.ExtractionResult;
import io.broadsheet.extractor.extract.ExtractionResult.Extracted;
import io.broadsheet.extractor.extract.ExtractionResult.Rejected;
import io.broadsheet.extractor.extract.PageExtractor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Extracts one page and decides what to publish for it: an {@code ArticleExtracted} keyed by its
 * canonical URL, or a {@code PageRejected} (stage {@value #STAGE}) keyed by the page's final URL.
 * Counts and times every page, and counts each article's filled fields by site ({@link
 * FieldFillMetrics}).
 */
@ApplicationScoped
public class ExtractionService {

  /** The {@code stage} of this service's rejections and metrics. */
  public static final String STAGE = "extractor";

  private static final Logger LOG = Logger.getLogger(ExtractionService.class);

  private final PageExtractor extractor;
  private final MeterRegistry registry;
  private final Counter extracted;
  private final Timer duration;
  private final FieldFillMetrics fillRates;

  public ExtractionService(
      PageExtractor extractor, MeterRegistry registry, FieldFillMetrics fillRates) {
    this.extractor = extractor;
    this.registry = registry;
    this.fillRates = fillRates;
    this.extracted =
        Counter.builder("broadsheet.articles.extracted")
            .description("Pages that became articles")
            .tag("stage", STAGE)
            .register(registry);
    this.duration =
        Timer.builder("broadsheet.extract.duration")
            .description("Time to extract one page, rejections included")
            .tag("stage", STAGE)
            .register(registry);
  }

  /** Extracts {@code page}; never throws for a bad page. */
  public Publication process(PageFetched page) {
    ExtractionResult result = duration.record(() -> extractor.extract(page));
    if (result instanceof Extracted ok) {
      return published(ok.article());
    }
    return rejected(page, (Rejected) result);
  }

  private Publication published(ArticleExtracted article) {
    extracted.increment();
    fillRates.record(article);
    LOG.debugf("extracted %s (%d words)", article.canonicalUrl(), article.wordCount());
    return new Publication(EventType.ARTICLE_EXTRACTED, article.canonicalUrl(), article);
  }

  private Publication rejected(PageFetched page, Rejected rejected) {
    Counter.builder("broadsheet.pages.rejected")
        .description("Pages that did not become articles, by stage and reason")
        .tag("stage", STAGE)
        .tag("reason", rejected.reason())
        .register(registry)
        .increment();
    LOG.infof("rejected %s: %s (%s)", page.finalUrl(), rejected.reason(), rejected.detail());
    PageRejected event =
        new PageRejected(
            page.finalUrl(), STAGE, rejected.reason(), rejected.detail(), Instant.now());
    return new Publication(EventType.PAGE_REJECTED, page.finalUrl(), event);
  }
}
