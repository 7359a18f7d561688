package io.broadsheet.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.fetcher.fixtures.FixtureSite;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The pool's per-host limit, seen from the server. */
class ConnectionPoolTest {

  @Test
  void neverOpensMoreConnectionsToAHostThanAllowed() throws Exception {
    FetchSettings settings =
        new FetchSettings(
            "BroadsheetBot/test",
            Duration.ofSeconds(1),
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            5,
            65536,
            50,
            2);
    ExecutorService workers = Executors.newFixedThreadPool(8);
    try (FixtureSite site = new FixtureSite();
        ResourceDownloader client =
            new ResourceDownloader(settings, PageDownloaderTest.FIXTURE_ONLY, Clock.systemUTC())) {
      List<Future<ResourceOutcome>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(
            workers.submit(() -> client.get(ResourceRequest.any(site.url("/held"), 65536))));
      }
      for (Future<ResourceOutcome> result : results) {
        assertThat(result.get()).isInstanceOf(ResourceOutcome.Received.class);
      }
      // Eight workers wanted the host at once; the pool let at most two through, and reused them.
      assertThat(site.mostInFlight()).isBetween(1, 2);
      assertThat(site.connectionsSeen()).isBetween(1, 2);
    } finally {
      workers.shutdownNow();
    }
  }
}
