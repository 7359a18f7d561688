package io.broadsheet.fetcher.service;

import io.broadsheet.events.FetchRequested;
import io.broadsheet.fetcher.config.ApiConfig;
import io.broadsheet.fetcher.discovery.SeenUrls;
import io.broadsheet.fetcher.messaging.EventPublisher;
import io.broadsheet.fetcher.url.UrlNormalizer;
import io.broadsheet.fetcher.url.UrlVerdict;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Accepts URLs submitted through the API: checks and normalises each, publishes the valid ones as
 * {@link FetchRequested} (source {@code api}) and waits until the broker has acknowledged all of
 * them, so an accepted URL is never lost. An explicit submission is always published, seen before
 * or not; the URLs published are then recorded as seen, so discovery does not publish them again.
 */
@ApplicationScoped
public class UrlSubmissionService {

  /** The {@link FetchRequested#source()} of URLs submitted through the API. */
  public static final String SOURCE = "api";

  private static final Logger LOG = Logger.getLogger(UrlSubmissionService.class);

  private final UrlNormalizer normalizer;
  private final EventPublisher publisher;
  private final FetchMetrics metrics;
  private final ApiConfig config;
  private final SeenUrls seen;

  public UrlSubmissionService(
      UrlNormalizer normalizer,
      EventPublisher publisher,
      FetchMetrics metrics,
      ApiConfig config,
      SeenUrls seen) {
    this.normalizer = normalizer;
    this.publisher = publisher;
    this.metrics = metrics;
    this.config = config;
    this.seen = seen;
  }

  /** The broker did not acknowledge every accepted URL in time; some may have been published. */
  public static final class PublishFailedException extends Exception {
    PublishFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Checks and publishes {@code urls}.
   *
   * @return one verdict per URL, in the order given
   * @throws PublishFailedException when the broker did not acknowledge them all in time
   */
  public List<UrlVerdict> submit(List<String> urls) throws PublishFailedException {
    List<UrlVerdict> verdicts = urls.stream().map(normalizer::check).toList();
    Instant now = Instant.now();
    List<CompletableFuture<Void>> acks = new ArrayList<>();
    List<UrlVerdict.Valid> accepted = new ArrayList<>();
    for (UrlVerdict verdict : verdicts) {
      if (verdict instanceof UrlVerdict.Valid valid) {
        accepted.add(valid);
        acks.add(
            publisher.fetchRequested(new FetchRequested(valid.url(), valid.host(), SOURCE, now)));
      }
    }
    try {
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
          .get(config.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new PublishFailedException(
          "the broker did not acknowledge the URLs within " + config.publishTimeout(), e);
    } catch (ExecutionException e) {
      throw new PublishFailedException(
          "the broker refused the URLs: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishFailedException("interrupted while waiting for the broker", e);
    }
    metrics.requested(acks.size());
    try {
      seen.recordPublished(accepted, SOURCE, now);
    } catch (SQLException e) {
      // Published all the same; discovery may offer these URLs once more.
      LOG.warnf(e, "cannot record %d submitted URLs as seen", accepted.size());
    }
    return verdicts;
  }
}
