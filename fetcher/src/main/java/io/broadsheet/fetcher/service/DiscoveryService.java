package io.broadsheet.fetcher.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.fetcher.config.DiscoveryConfig;
import io.broadsheet.fetcher.discovery.Harvest;
import io.broadsheet.fetcher.discovery.PollSchedule;
import io.broadsheet.fetcher.discovery.ReadResult;
import io.broadsheet.fetcher.discovery.SeenUrls;
import io.broadsheet.fetcher.discovery.Source;
import io.broadsheet.fetcher.discovery.SourceReader;
import io.broadsheet.fetcher.discovery.SourceStore;
import io.broadsheet.fetcher.messaging.EventPublisher;
import io.broadsheet.fetcher.url.UrlNormalizer;
import io.broadsheet.fetcher.url.UrlVerdict;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Polls sources: claims due ones in PostgreSQL (so replicas never poll the same source at once),
 * reads each, publishes the URLs not seen before as {@link FetchRequested} (source = the source id)
 * and records the poll: counts, status, validators and when it is due next.
 */
@ApplicationScoped
public class DiscoveryService {

  private static final Logger LOG = Logger.getLogger(DiscoveryService.class);

  /**
   * What one poll did.
   *
   * @param sourceId the source
   * @param result {@code ok}, {@code not-modified} or {@code failed}
   * @param found URLs found
   * @param published URLs published (new, or due for re-fetch)
   * @param error what went wrong, or null
   * @param nextPollAt when it is due next
   */
  public record PollReport(
      @JsonProperty("source_id") String sourceId,
      String result,
      int found,
      int published,
      String error,
      @JsonProperty("next_poll_at") Instant nextPollAt) {}

  /** Most URLs published in one transaction (the publisher buffers 4096 records at most). */
  static final int PUBLISH_CHUNK = 1000;

  private final SourceStore sources;
  private final SeenUrls seen;
  private final SourceReader reader;
  private final PollSchedule schedule;
  private final UrlNormalizer normalizer;
  private final EventPublisher publisher;
  private final DiscoveryConfig config;
  private final MeterRegistry registry;
  private final Clock clock = Clock.systemUTC();
  private final String owner = ownerName();

  public DiscoveryService(
      SourceStore sources,
      SeenUrls seen,
      SourceReader reader,
      PollSchedule schedule,
      UrlNormalizer normalizer,
      EventPublisher publisher,
      DiscoveryConfig config,
      MeterRegistry registry) {
    this.sources = sources;
    this.seen = seen;
    this.reader = reader;
    this.schedule = schedule;
    this.normalizer = normalizer;
    this.publisher = publisher;
    this.config = config;
    this.registry = registry;
  }

  /** This replica's name in leases. */
  public String owner() {
    return owner;
  }

  /** Claims up to {@code limit} due sources for this replica. */
  public List<Source> claimDue(int limit) throws SQLException {
    return sources.claimDue(owner, clock.instant(), config.lease(), limit);
  }

  /** Claims and polls every due source (at most {@code limit}), one after the other. */
  public List<PollReport> pollDue(int limit) throws SQLException {
    List<PollReport> reports = new ArrayList<>();
    for (Source source : claimDue(limit)) {
      reports.add(poll(source));
    }
    return reports;
  }

  /**
   * Polls source {@code id} now, due or not.
   *
   * @return empty when there is no such source or another poll of it is running
   */
  public Optional<PollReport> pollNow(String id) throws SQLException {
    Optional<Source> claimed = sources.claim(id, owner, clock.instant(), config.lease());
    return claimed.map(this::poll);
  }

  /** Polls a source this replica has claimed, records the result and releases it. */
  public PollReport poll(Source source) {
    Instant now = clock.instant();
    long started = System.nanoTime();
    ReadResult result = reader.read(source, now);
    Outcome outcome;
    if (result instanceof ReadResult.Failed failed) {
      String error = failed.reason() + ": " + failed.detail();
      SourceStore.PollRecord record = failure(source, error, failed.retryAfter(), now);
      outcome =
          new Outcome(
              record, new PollReport(source.id(), "failed", 0, 0, error, record.nextPollAt()));
    } else if (result instanceof ReadResult.Read read) {
      outcome = publish(source, read, now);
    } else {
      Duration interval = schedule.adapt(source.currentInterval(), 0);
      SourceStore.PollRecord record =
          new SourceStore.PollRecord(
              source.spec().kind(),
              source.kindDetected(),
              source.etag(),
              source.lastModified(),
              "not-modified",
              0,
              0,
              false,
              null,
              interval,
              now.plus(schedule.jittered(interval)));
      outcome =
          new Outcome(
              record, new PollReport(source.id(), "not-modified", 0, 0, null, record.nextPollAt()));
    }
    try {
      if (!sources.complete(source.id(), owner, outcome.record(), now)) {
        LOG.infof(
            "source %s was changed or removed while it was polled; poll not recorded", source.id());
      }
    } catch (SQLException e) {
      // The lease expires and another poll takes the source over; the URLs published are seen.
      LOG.warnf(e, "source %s: cannot record the poll", source.id());
    }
    PollReport report = outcome.report();
    LOG.infof(
        "source %s (%s) polled in %d ms: %s, %d found, %d published%s",
        source.id(),
        source.spec().url(),
        (System.nanoTime() - started) / 1_000_000,
        report.result(),
        report.found(),
        report.published(),
        report.error() == null ? "" : "; " + report.error());
    return count(report);
  }

  private record Outcome(SourceStore.PollRecord record, PollReport report) {}

  /** Publishes the unseen URLs of a read. */
  private Outcome publish(Source source, ReadResult.Read read, Instant now) {
    Harvest harvest = Harvest.of(read.urls(), normalizer, config.maxAge(), now);
    List<UrlVerdict.Valid> published = new ArrayList<>();
    List<UrlVerdict.Valid> candidates = harvest.candidates();
    try {
      // In chunks: the publisher's buffer is bounded, and a large sitemap must not overflow it.
      for (int from = 0; from < candidates.size(); from += PUBLISH_CHUNK) {
        List<UrlVerdict.Valid> chunk =
            candidates.subList(from, Math.min(candidates.size(), from + PUBLISH_CHUNK));
        published.addAll(
            seen.publishUnseen(chunk, source.id(), now, urls -> publish(urls, source.id())));
      }
    } catch (Exception e) {
      // This chunk not marked seen, validators kept: the next poll reads and offers it again.
      String error = "publish-failed: " + e.getMessage();
      LOG.warnf(e, "source %s: cannot publish the URLs found", source.id());
      SourceStore.PollRecord record = failure(source, error, null, now);
      return new Outcome(
          record,
          new PollReport(source.id(), "failed", harvest.found(), 0, error, record.nextPollAt()));
    }
    List<String> problems = new ArrayList<>(read.problems());
    if (harvest.invalid() > 0) {
      problems.add(
          harvest.invalid() + " invalid URLs, e.g. " + String.join(", ", harvest.invalidSamples()));
    }
    if (harvest.tooOld() > 0) {
      LOG.debugf(
          "source %s: %d entries older than %s skipped",
          source.id(), harvest.tooOld(), config.maxAge());
    }
    String error = problems.isEmpty() ? null : String.join("; ", problems);
    Duration interval = schedule.adapt(source.currentInterval(), published.size());
    SourceStore.PollRecord record =
        new SourceStore.PollRecord(
            read.kind(),
            source.spec().kind() == null || source.kindDetected(),
            read.etag(),
            read.lastModified(),
            "ok",
            harvest.found(),
            published.size(),
            false,
            error,
            interval,
            now.plus(schedule.jittered(interval)));
    return new Outcome(
        record,
        new PollReport(
            source.id(), "ok", harvest.found(), published.size(), error, record.nextPollAt()));
  }

  private SourceStore.PollRecord failure(
      Source source, String error, Duration retryAfter, Instant now) {
    int failures = source.consecutiveFailures() + 1;
    Duration wait = schedule.jittered(schedule.backoff(failures, retryAfter));
    return new SourceStore.PollRecord(
        source.spec().kind(),
        source.kindDetected(),
        source.etag(),
        source.lastModified(),
        "failing",
        0,
        0,
        true,
        error,
        source.currentInterval(),
        now.plus(wait));
  }

  private void publish(List<UrlVerdict.Valid> urls, String sourceId) throws Exception {
    Instant now = clock.instant();
    List<CompletableFuture<Void>> acks = new ArrayList<>(urls.size());
    for (UrlVerdict.Valid url : urls) {
      acks.add(publisher.fetchRequested(new FetchRequested(url.url(), url.host(), sourceId, now)));
    }
    try {
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
          .get(config.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new Exception("the broker did not acknowledge within " + config.publishTimeout(), e);
    } catch (ExecutionException e) {
      throw new Exception("the broker refused: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private PollReport count(PollReport report) {
    registry.counter("broadsheet.discovery.polls", "result", report.result()).increment();
    registry.counter("broadsheet.discovery.urls.found").increment(report.found());
    registry.counter("broadsheet.discovery.urls.published").increment(report.published());
    return report;
  }

  private static String ownerName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown";
    }
    return host + "/" + UUID.randomUUID();
  }
}
