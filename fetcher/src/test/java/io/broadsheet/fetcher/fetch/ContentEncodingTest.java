package io.broadsheet.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.Reasons;
import io.broadsheet.fetcher.fixtures.FixtureSite;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Content decoding over real HTTP: every coding we advertise, stacks of them, and the cap. */
class ContentEncodingTest {

  private static final long CAP = 64 * 1024;

  private static final FetchSettings SETTINGS =
      new FetchSettings("BroadsheetBot/test", Duration.ofSeconds(1), Duration.ofSeconds(5), 5, CAP);

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

  private static ResourceOutcome get(String path) {
    return client.get(ResourceRequest.any(site.url(path), CAP));
  }

  private static FetchOutcome.Failed failed(String path) {
    ResourceOutcome outcome = get(path);
    assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
    return (FetchOutcome.Failed) outcome;
  }

  @Test
  void advertisesExactlyWhatItDecodes() {
    ResourceOutcome.Received received = (ResourceOutcome.Received) get("/accept-encoding");
    assertThat(new String(received.body(), StandardCharsets.UTF_8)).isEqualTo("gzip, deflate, br");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/gzip.html",
        "/x-gzip.html",
        "/deflate.html",
        "/raw-deflate.html",
        "/br.html",
        "/gzip-br.html",
        "/deflate-gzip.html",
        "/two-headers.html"
      })
  void decodesToTheArticle(String path) {
    ResourceOutcome outcome = get(path);
    assertThat(outcome).isInstanceOf(ResourceOutcome.Received.class);
    assertThat(((ResourceOutcome.Received) outcome).body()).isEqualTo(site.article());
  }

  @Test
  void capsDecodedBrotliNotTransferredBytes() {
    FetchOutcome.Failed failure = failed("/bomb.br");
    assertThat(failure.reason()).isEqualTo(Reasons.TOO_LARGE);
    assertThat(failure.detail())
        .isEqualTo("decoded body exceeds 65536 bytes from " + site.url("/bomb.br"));
  }

  @Test
  void capsDecodedGzipNotTransferredBytes() {
    FetchOutcome.Failed failure = failed("/bomb.html");
    assertThat(failure.reason()).isEqualTo(Reasons.TOO_LARGE);
    assertThat(failure.detail())
        .isEqualTo("decoded body exceeds 65536 bytes from " + site.url("/bomb.html"));
  }

  @Test
  void closesTheConnectionOnAnOversizedBodyInsteadOfDrainingIt() {
    int before = site.cutStreams();
    FetchOutcome.Failed failure = failed("/endless.html");
    assertThat(failure.reason()).isEqualTo(Reasons.TOO_LARGE);
    // The body never ends: only a closed connection stops the server writing.
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> site.cutStreams() > before);
  }

  @Test
  void refusesAnUnknownEncodingClearly() {
    FetchOutcome.Failed failure = failed("/compress.html");
    assertThat(failure.reason()).isEqualTo(Reasons.UNSUPPORTED_TYPE);
    assertThat(failure.detail())
        .isEqualTo(
            "unsupported Content-Encoding: compress (we decode gzip, deflate, br) from "
                + site.url("/compress.html"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/corrupt-gzip.html", "/corrupt-br.html"})
  void reportsABodyThatDoesNotDecode(String path) {
    FetchOutcome.Failed failure = failed(path);
    assertThat(failure.reason()).isEqualTo(Reasons.UNPARSEABLE);
    assertThat(failure.detail()).startsWith("corrupt ").endsWith(" from " + site.url(path));
  }
}
