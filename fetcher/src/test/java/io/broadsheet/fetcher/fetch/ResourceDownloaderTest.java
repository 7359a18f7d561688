package io.broadsheet.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.Reasons;
import io.broadsheet.fetcher.fixtures.FixtureSite;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResourceDownloaderTest {

  private static final FetchSettings SETTINGS =
      new FetchSettings(
          "BroadsheetBot/test", Duration.ofSeconds(1), Duration.ofSeconds(2), 5, 64 * 1024);

  private static FixtureSite site;
  private static ResourceDownloader client;

  @BeforeAll
  static void start() {
    site = new FixtureSite();
    client = new ResourceDownloader(SETTINGS, PageDownloaderTest.FIXTURE_ONLY, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    site.close();
    client.close();
  }

  @Test
  void readsAnyMediaTypeWhenAskedTo() {
    ResourceOutcome outcome = client.get(ResourceRequest.any(site.url("/schedule.json"), 65536));

    assertThat(outcome).isInstanceOf(ResourceOutcome.Received.class);
    ResourceOutcome.Received received = (ResourceOutcome.Received) outcome;
    assertThat(received.status()).isEqualTo(200);
    assertThat(received.contentType().mediaType()).isEqualTo("application/json");
    assertThat(received.body()).isNotEmpty();
  }

  @Test
  void conditionalGetWithCurrentEtagIsNotModifiedAndKeepsValidators() {
    ResourceOutcome outcome =
        client.get(
            ResourceRequest.any(site.url("/article.html"), 65536)
                .ifChangedSince(FixtureSite.ETAG, FixtureSite.LAST_MODIFIED));

    ResourceOutcome.Received received = (ResourceOutcome.Received) outcome;
    assertThat(received.notModified()).isTrue();
    assertThat(received.body()).isEmpty();
    assertThat(received.etag()).isEqualTo(FixtureSite.ETAG);
    assertThat(received.lastModified()).isEqualTo(FixtureSite.LAST_MODIFIED);
  }

  @Test
  void conditionalGetWithStaleEtagGetsTheBody() {
    ResourceOutcome outcome =
        client.get(
            ResourceRequest.any(site.url("/article.html"), 65536).ifChangedSince("\"old\"", null));

    ResourceOutcome.Received received = (ResourceOutcome.Received) outcome;
    assertThat(received.status()).isEqualTo(200);
    assertThat(received.body()).isEqualTo(site.article());
  }

  @Test
  void serverErrorCarriesItsRetryAfter() {
    ResourceOutcome outcome = client.get(ResourceRequest.any(site.url("/busy"), 65536));

    FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
    assertThat(failed.reason()).isEqualTo(Reasons.http(503));
    assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void tooManyRequestsCarriesItsRetryAfter() {
    ResourceOutcome outcome = client.get(ResourceRequest.any(site.url("/rate-limited"), 65536));

    FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
    assertThat(failed.reason()).isEqualTo("http-429");
    assertThat(failed.detail()).isEqualTo("HTTP 429 from " + site.url("/rate-limited"));
    assertThat(failed.retryAfter()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void notFoundHasNoRetryAfter() {
    FetchOutcome.Failed failed =
        (FetchOutcome.Failed) client.get(ResourceRequest.any(site.url("/missing"), 65536));
    assertThat(failed.reason()).isEqualTo("http-404");
    assertThat(failed.retryAfter()).isNull();
  }
}
