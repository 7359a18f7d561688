package io.broadsheet.fetcher.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.broadsheet.fetcher.url.UrlVerdict;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The seen-URL table and source claims on the real database, with explicit clocks. */
@QuarkusTest
class DiscoveryStoreTest {

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofHours(24);

  @Inject AgroalDataSource dataSource;
  @Inject SourceStore sources;

  private static List<UrlVerdict.Valid> urls(String run, int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i -> {
              String url = "https://" + run + ".example/articles/" + i;
              return new UrlVerdict.Valid(url, url, run + ".example");
            })
        .toList();
  }

  @Test
  void publishesAUrlOnceAndAgainOnlyWhenRefetchIsDue() throws Exception {
    SeenUrls seen = new SeenUrls(dataSource, HOUR, DAY);
    List<UrlVerdict.Valid> urls = urls(UUID.randomUUID().toString(), 3);
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    List<String> published = new ArrayList<>();
    SeenUrls.Publication collect = batch -> batch.forEach(u -> published.add(u.url()));

    assertThat(seen.publishUnseen(urls, "src-a", t0, collect)).hasSize(3);
    assertThat(seen.publishUnseen(urls, "src-b", t0.plus(Duration.ofMinutes(59)), collect))
        .isEmpty();
    assertThat(seen.publishUnseen(urls, "src-a", t0.plus(Duration.ofMinutes(61)), collect))
        .hasSize(3);
    assertThat(seen.publishUnseen(urls, "src-a", t0.plus(Duration.ofMinutes(90)), collect))
        .isEmpty();
    // Past the re-fetch window (first seen 24 h ago), never again.
    assertThat(seen.publishUnseen(urls, "src-a", t0.plus(Duration.ofHours(25)), collect)).isEmpty();
    assertThat(published).hasSize(6);
  }

  @Test
  void refetchWindowZeroMeansOnceOnly() throws Exception {
    SeenUrls seen = new SeenUrls(dataSource, HOUR, Duration.ZERO);
    List<UrlVerdict.Valid> urls = urls(UUID.randomUUID().toString(), 2);
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(seen.publishUnseen(urls, "src-a", t0, batch -> {})).hasSize(2);
    assertThat(seen.publishUnseen(urls, "src-a", t0.plus(Duration.ofHours(2)), batch -> {}))
        .isEmpty();
  }

  @Test
  void marksNothingSeenWhenPublishingFails() throws Exception {
    SeenUrls seen = new SeenUrls(dataSource, HOUR, DAY);
    List<UrlVerdict.Valid> urls = urls(UUID.randomUUID().toString(), 2);
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    assertThatThrownBy(
            () ->
                seen.publishUnseen(
                    urls,
                    "src-a",
                    now,
                    batch -> {
                      throw new IllegalStateException("broker down");
                    }))
        .hasMessage("broker down");
    assertThat(seen.publishUnseen(urls, "src-a", now, batch -> {})).hasSize(2);
  }

  @Test
  void recordsSubmittedUrlsAsSeen() throws Exception {
    SeenUrls seen = new SeenUrls(dataSource, HOUR, DAY);
    List<UrlVerdict.Valid> urls = urls(UUID.randomUUID().toString(), 3);
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    seen.recordPublished(urls.subList(0, 2), "api", now);
    assertThat(seen.publishUnseen(urls, "src-a", now, batch -> {})).containsExactly(urls.get(2));
  }

  @Test
  void concurrentOffersOfTheSameUrlsPublishEachOnce() throws Exception {
    SeenUrls seen = new SeenUrls(dataSource, HOUR, DAY);
    List<UrlVerdict.Valid> urls = urls(UUID.randomUUID().toString(), 200);
    List<UrlVerdict.Valid> reversed = new ArrayList<>(urls);
    Collections.reverse(reversed);
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    List<String> published = Collections.synchronizedList(new ArrayList<>());
    CyclicBarrier start = new CyclicBarrier(4);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> offers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        List<UrlVerdict.Valid> offer = i % 2 == 0 ? urls : reversed;
        offers.add(
            threads.submit(
                () -> {
                  start.await();
                  return seen.publishUnseen(
                      offer,
                      "src-" + offer.size(),
                      now,
                      b -> b.forEach(u -> published.add(u.url())));
                }));
      }
      for (Future<?> offer : offers) {
        offer.get();
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(published).hasSize(200).doesNotHaveDuplicates();
  }

  @Test
  void concurrentClaimsNeverHandASourceToTwoReplicas() throws Exception {
    String run = UUID.randomUUID().toString();
    Instant now = Instant.now();
    Set<String> ours = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      ours.add(
          sources
              .insert(
                  new SourceSpec(
                      "https://" + run + ".example/feed/" + i,
                      SourceKind.FEED,
                      Duration.ofMinutes(5),
                      null,
                      null,
                      null),
                  "api",
                  now)
              .id());
    }
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<String> claimedA;
    List<String> claimedB;
    try {
      Future<List<String>> a =
          threads.submit(
              () -> {
                start.await();
                return claimAll("replica-a", now);
              });
      Future<List<String>> b =
          threads.submit(
              () -> {
                start.await();
                return claimAll("replica-b", now);
              });
      claimedA = a.get().stream().filter(ours::contains).toList();
      claimedB = b.get().stream().filter(ours::contains).toList();
    } finally {
      threads.shutdownNow();
    }
    List<String> both = new ArrayList<>(claimedA);
    both.addAll(claimedB);
    assertThat(both).containsExactlyInAnyOrderElementsOf(ours);
    // Leased: nobody gets them again until the lease ends...
    assertThat(sources.claimDue("replica-c", now, Duration.ofMinutes(5), 1000))
        .extracting(Source::id)
        .doesNotContainAnyElementsOf(ours);
    // ...then a replica takes over the sources of one that died.
    assertThat(sources.claimDue("replica-c", now.plus(Duration.ofMinutes(6)), HOUR, 1000))
        .extracting(Source::id)
        .containsAll(ours);
  }

  private List<String> claimAll(String owner, Instant now) throws Exception {
    List<String> claimed = new ArrayList<>();
    List<Source> batch;
    while (!(batch = sources.claimDue(owner, now, Duration.ofMinutes(5), 3)).isEmpty()) {
      batch.forEach(s -> claimed.add(s.id()));
    }
    return claimed;
  }

  @Test
  void upsertFromTheFileUpdatesTheSourceWithThatUrlAndKeepsItsId() throws Exception {
    String url = "https://" + UUID.randomUUID() + ".example/rss";
    Instant now = Instant.now();
    Source first =
        sources.upsert(
            new SourceSpec(url, SourceKind.FEED, Duration.ofMinutes(5), null, null, null),
            "file",
            now);
    Source again =
        sources.upsert(
            new SourceSpec(url, SourceKind.FEED, Duration.ofMinutes(15), null, null, null),
            "file",
            now);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.spec().interval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(again.currentInterval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(sources.find(first.id())).contains(again);
  }
}
