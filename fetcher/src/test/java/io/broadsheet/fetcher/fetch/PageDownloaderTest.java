package io.broadsheet.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.PageFetched;
import io.broadsheet.events.Reasons;
import io.broadsheet.fetcher.fixtures.FixtureSite;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageDownloaderTest {

  private static final FetchSettings SETTINGS =
      new FetchSettings(
          "BroadsheetBot/test", Duration.ofSeconds(1), Duration.ofSeconds(2), 5, 64 * 1024);

  /** The SSRF guard with the fixture's address, and only it, allowed. */
  static final AddressGuard FIXTURE_ONLY = new AddressGuard(List.of(Cidr.parse("127.0.0.1/32")));

  private static FixtureSite site;
  private static PageDownloader downloader;

  @BeforeAll
  static void start() {
    site = new FixtureSite();
    downloader =
        new PageDownloader(
            new ResourceDownloader(SETTINGS, FIXTURE_ONLY, Clock.systemUTC()),
            SETTINGS.maxBodyBytes());
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static PageFetched fetched(String path) {
    FetchOutcome outcome = downloader.download(site.url(path));
    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    return ((FetchOutcome.Fetched) outcome).page();
  }

  private static FetchOutcome.Failed failed(PageDownloader with, String url) {
    FetchOutcome outcome = with.download(url);
    assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
    return (FetchOutcome.Failed) outcome;
  }

  private static FetchOutcome.Failed failed(String path) {
    return failed(downloader, site.url(path));
  }

  @Test
  void fetchesHtmlPageWithItsHeaders() {
    PageFetched page = fetched("/article.html");

    assertThat(page.requestedUrl()).isEqualTo(site.url("/article.html"));
    assertThat(page.finalUrl()).isEqualTo(site.url("/article.html"));
    assertThat(page.redirects()).isEmpty();
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).isEqualTo("text/html");
    assertThat(page.charset()).isEqualTo("utf-8");
    assertThat(page.etag()).isEqualTo(FixtureSite.ETAG);
    assertThat(page.lastModified()).isEqualTo(FixtureSite.LAST_MODIFIED);
    assertThat(page.contentLanguage()).isEqualTo("en");
    assertThat(page.body()).isEqualTo(site.article());
  }

  @Test
  void decodesGzipBody() {
    assertThat(fetched("/gzip.html").body()).isEqualTo(site.article());
  }

  @Test
  void decodesDeflateBody() {
    assertThat(fetched("/deflate.html").body()).isEqualTo(site.article());
  }

  @Test
  void followsRedirectsAndRecordsTheChain() {
    PageFetched page = fetched("/moved");

    assertThat(page.requestedUrl()).isEqualTo(site.url("/moved"));
    assertThat(page.finalUrl()).isEqualTo(site.url("/article.html"));
    assertThat(page.redirects())
        .containsExactly(site.url("/moved"), site.url("/moved-again"), site.url("/article.html"));
    assertThat(page.body()).isEqualTo(site.article());
  }

  @Test
  void followsRedirectsUpToTheLimit() {
    assertThat(fetched("/chain/4").redirects()).hasSize(6); // requested + 5 hops
  }

  @Test
  void rejectsMoreRedirectsThanTheLimit() {
    FetchOutcome.Failed failure = failed("/chain/5");
    assertThat(failure.reason()).isEqualTo(Reasons.REDIRECT_LOOP);
    assertThat(failure.detail()).startsWith("more than 5 redirects: ");
  }

  @Test
  void rejectsRedirectLoop() {
    FetchOutcome.Failed failure = failed("/loop-a");
    assertThat(failure.reason()).isEqualTo(Reasons.REDIRECT_LOOP);
    assertThat(failure.detail())
        .isEqualTo(
            "redirect loop: "
                + String.join(
                    " -> ",
                    List.of(site.url("/loop-a"), site.url("/loop-b"), site.url("/loop-a"))));
  }

  @Test
  void rejectsRedirectWithoutLocationByItsStatus() {
    assertThat(failed("/no-location").reason()).isEqualTo("http-302");
  }

  @Test
  void rejectsErrorStatus() {
    FetchOutcome.Failed failure = failed("/missing");
    assertThat(failure.reason()).isEqualTo("http-404");
    assertThat(failure.detail()).isEqualTo("HTTP 404 from " + site.url("/missing"));
  }

  @Test
  void rejectsNonHtml() {
    FetchOutcome.Failed failure = failed("/schedule.json");
    assertThat(failure.reason()).isEqualTo(Reasons.UNSUPPORTED_TYPE);
    assertThat(failure.detail())
        .isEqualTo("Content-Type application/json from " + site.url("/schedule.json"));
  }

  @Test
  void rejectsBodyLargerThanTheLimit() {
    FetchOutcome.Failed failure = failed("/big.html");
    assertThat(failure.reason()).isEqualTo(Reasons.TOO_LARGE);
    assertThat(failure.detail()).startsWith("decoded body exceeds 65536 bytes");
  }

  @Test
  void capsDecodedBytesNotTransferredBytes() {
    FetchOutcome.Failed failure = failed("/bomb.html");
    assertThat(failure.reason()).isEqualTo(Reasons.TOO_LARGE);
    assertThat(failure.detail()).startsWith("decoded body exceeds 65536 bytes");
  }

  @Test
  void timesOutWaitingForHeaders() {
    assertThat(failed("/slow-headers").reason()).isEqualTo(Reasons.TIMEOUT);
  }

  @Test
  void timesOutWhenTheBodyStalls() {
    long start = System.nanoTime();
    assertThat(failed("/slow-body").reason()).isEqualTo(Reasons.TIMEOUT);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void reportsRefusedConnection() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    assertThat(failed(downloader, "http://127.0.0.1:" + port + "/").reason())
        .isEqualTo(Reasons.CONNECTION);
  }

  @Test
  void reportsUnknownHost() {
    assertThat(failed(downloader, "http://no-such-host.invalid/").reason()).isEqualTo(Reasons.DNS);
  }

  @Test
  void rejectsInvalidUrl() {
    FetchOutcome.Failed failure = failed(downloader, "ftp://example.org/");
    assertThat(failure.reason()).isEqualTo(Reasons.INVALID_URL);
    assertThat(failure.detail()).isEqualTo("not http(s): scheme ftp");
  }

  @Test
  void blocksLoopbackWithoutAnAllowList() {
    try (ResourceDownloader strict =
        new ResourceDownloader(SETTINGS, AddressGuard.strict(), Clock.systemUTC())) {
      FetchOutcome.Failed failure =
          failed(new PageDownloader(strict, SETTINGS.maxBodyBytes()), site.url("/article.html"));
      assertThat(failure.reason()).isEqualTo(Reasons.BLOCKED);
      assertThat(failure.detail()).isEqualTo("127.0.0.1 is loopback (127.0.0.0/8)");
    }
  }
}
