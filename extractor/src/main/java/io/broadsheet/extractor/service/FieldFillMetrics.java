package io.broadsheet.extractor.service;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.extractor.config.ExtractorConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Counts, per site, the articles published and, per {@link FilledField}, how many of them filled
 * that field: {@value #ARTICLES}{@code {site}} and {@value #FIELDS}{@code {site,field}}. A site's
 * fill rate is {@code rate(fields) / rate(articles)}; a rate that falls while the site keeps
 * publishing means its layout changed under the extractor.
 *
 * <p>Every field counter of a site is registered, at zero, with the site's first article: a field
 * that stops filling must still have a series, or the drop would read as "no data" instead of 0.
 *
 * <p>At most {@code maxSites} sites get their own {@code site} label, the first seen; articles of
 * later sites are counted under {@value #OTHER}, so a crawl of many small sites cannot grow
 * Prometheus without bound. {@value #SITES} tells how many sites have their own label. Thread-safe.
 */
@Singleton
public class FieldFillMetrics {

  /** Articles published, by {@code site}. */
  public static final String ARTICLES = "broadsheet.extract.site.articles";

  /** Articles published that filled a field, by {@code site} and {@code field}. */
  public static final String FIELDS = "broadsheet.extract.site.fields";

  /** Sites with their own {@code site} label. */
  public static final String SITES = "broadsheet.extract.site.tracked";

  /** The {@code site} of the articles of sites beyond the cap (and of articles without a site). */
  public static final String OTHER = "other";

  private static final Logger LOG = Logger.getLogger(FieldFillMetrics.class);

  private final MeterRegistry registry;
  private final boolean enabled;
  private final int maxSites;
  private final int minWords;
  private final Map<String, SiteCounters> sites = new ConcurrentHashMap<>();
  private volatile SiteCounters other;
  private volatile boolean full;

  @Inject
  FieldFillMetrics(MeterRegistry registry, ExtractorConfig config) {
    this(registry, config.fillRates().enabled(), config.fillRates().maxSites(), config.minWords());
  }

  /**
   * @param maxSites sites that get their own label; later ones count as {@value #OTHER}
   * @param minWords body words from which the body counts as filled (the not-article minimum)
   */
  public FieldFillMetrics(MeterRegistry registry, boolean enabled, int maxSites, int minWords) {
    this.registry = registry;
    this.enabled = enabled;
    this.maxSites = Math.max(0, maxSites);
    this.minWords = minWords;
    if (enabled) {
      Gauge.builder(SITES, sites, Map::size)
          .description("Sites with their own label in the fill-rate metrics (at most max-sites)")
          .register(registry);
    }
  }

  /** Counts {@code article} for its site; does nothing when disabled. */
  public void record(ArticleExtracted article) {
    if (!enabled) {
      return;
    }
    SiteCounters site = countersFor(article.site());
    site.articles.increment();
    for (Map.Entry<FilledField, Counter> field : site.fields.entrySet()) {
      if (field.getKey().isFilled(article, minWords)) {
        field.getValue().increment();
      }
    }
  }

  private SiteCounters countersFor(String site) {
    if (site == null || site.isBlank()) {
      return other();
    }
    SiteCounters counters = sites.get(site);
    if (counters != null) {
      return counters;
    }
    if (full) {
      return other();
    }
    // new sites are rare: a lock keeps the cap exact without slowing the common path
    synchronized (sites) {
      counters = sites.get(site);
      if (counters != null) {
        return counters;
      }
      if (sites.size() >= maxSites) {
        full = true;
        LOG.warnf(
            "fill-rate metrics track %d sites (broadsheet.extractor.fill-rates.max-sites);"
                + " articles of further sites, %s the first, are counted as site=\"%s\"",
            maxSites, site, OTHER);
        return other();
      }
      counters = new SiteCounters(registry, site);
      sites.put(site, counters);
      return counters;
    }
  }

  private SiteCounters other() {
    SiteCounters counters = other;
    if (counters == null) {
      synchronized (sites) {
        if (other == null) {
          other = new SiteCounters(registry, OTHER);
        }
        counters = other;
      }
    }
    return counters;
  }

  /** One site's counters, all registered at once. */
  private static final class SiteCounters {

    final Counter articles;
    final Map<FilledField, Counter> fields = new EnumMap<>(FilledField.class);

    SiteCounters(MeterRegistry registry, String site) {
      articles =
          Counter.builder(ARTICLES)
              .description("Articles published, by site (the canonical URL's host)")
              .tag("site", site)
              .register(registry);
      for (FilledField field : FilledField.values()) {
        fields.put(
            field,
            Counter.builder(FIELDS)
                .description("Articles published that filled the field, by site and field")
                .tag("site", site)
                .tag("field", field.label())
                .register(registry));
      }
    }
  }
}
