package io.broadsheet.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.Reasons;
import io.broadsheet.fetcher.fixtures.FixtureSite;
import io.broadsheet.fetcher.fixtures.TlsFixtureSite;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What goes wrong on the wire, over real connections, and the reason code each one gets. */
class TransportFailuresTest {

  private static final FetchSettings SETTINGS =
      new FetchSettings(
          "BroadsheetBot/test",
          Duration.ofMillis(500),
          Duration.ofMillis(500),
          Duration.ofSeconds(2),
          5,
          65536,
          20,
          2);

  private static FixtureSite site;
  private static TlsFixtureSite tlsSite;
  private static ResourceDownloader client;

  @BeforeAll
  static void start() {
    site = new FixtureSite();
    tlsSite = new TlsFixtureSite();
    client = new ResourceDownloader(SETTINGS, PageDownloaderTest.FIXTURE_ONLY, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    site.close();
    tlsSite.close();
    client.close();
  }

  private static FetchOutcome.Failed failed(ResourceClient with, String url) {
    ResourceOutcome outcome = with.get(ResourceRequest.any(url, 65536));
    assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
    return (FetchOutcome.Failed) outcome;
  }

  @Test
  void readTimeoutWhenTheServerGoesQuiet() {
    FetchOutcome.Failed failure = failed(client, site.url("/slow-body"));
    assertThat(failure.reason()).isEqualTo(Reasons.TIMEOUT);
    assertThat(failure.detail())
        .isEqualTo("no data from " + site.url("/slow-body") + " for read-timeout PT0.5S");
  }

  @Test
  void readTimeoutWhileWaitingForHeaders() {
    FetchOutcome.Failed failure = failed(client, site.url("/slow-headers"));
    assertThat(failure.reason()).isEqualTo(Reasons.TIMEOUT);
    assertThat(failure.detail()).contains("for read-timeout PT0.5S");
  }

  @Test
  void totalDeadlineWhenTheServerDripsForever() {
    // A byte every 100 ms never trips the read timeout; only the deadline over the download does.
    FetchOutcome.Failed failure = failed(client, site.url("/drip"));
    assertThat(failure.reason()).isEqualTo(Reasons.TIMEOUT);
    assertThat(failure.detail())
        .isEqualTo("no complete response within PT2S (at " + site.url("/drip") + ")");
  }

  @Test
  void connectTimeoutWhenNobodyAnswers() throws Exception {
    // A listener that never accepts, its backlog filled: the kernel drops further SYNs.
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> filler = new ArrayList<>();
      try {
        for (int i = 0; i < 4; i++) {
          Socket s = new Socket();
          try {
            s.connect(
                new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort()), 200);
            filler.add(s);
          } catch (java.io.IOException full) {
            s.close();
            break;
          }
        }
        FetchOutcome.Failed failure =
            failed(client, "http://127.0.0.1:" + listener.getLocalPort() + "/");
        assertThat(failure.reason()).isEqualTo(Reasons.TIMEOUT);
        assertThat(failure.detail())
            .isEqualTo(
                "no connection to http://127.0.0.1:" + listener.getLocalPort() + "/ within PT0.5S");
      } finally {
        for (Socket s : filler) {
          s.close();
        }
      }
    }
  }

  @Test
  void connectionWhenRefused() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    FetchOutcome.Failed failure = failed(client, "http://127.0.0.1:" + port + "/");
    assertThat(failure.reason()).isEqualTo(Reasons.CONNECTION);
    assertThat(failure.detail()).isEqualTo("connection refused by http://127.0.0.1:" + port + "/");
  }

  @Test
  void dnsWhenTheNameDoesNotResolve() {
    FetchOutcome.Failed failure = failed(client, "http://no-such-host.invalid/");
    assertThat(failure.reason()).isEqualTo(Reasons.DNS);
    assertThat(failure.detail()).startsWith("unknown host no-such-host.invalid");
  }

  @Test
  void tlsWhenTheCertificateIsNotTrusted() {
    FetchOutcome.Failed failure = failed(client, tlsSite.url("/article.html"));
    assertThat(failure.reason()).isEqualTo(Reasons.TLS);
    assertThat(failure.detail())
        .startsWith("TLS with " + tlsSite.url("/article.html") + " failed: ");
  }

  @Test
  void tlsWhenTheServerAnswersInPlainHttp() throws Exception {
    try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread server =
          new Thread(
              () -> {
                try (Socket s = plain.accept()) {
                  s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes());
                  s.getOutputStream().flush();
                  s.getInputStream().read(new byte[1024]);
                } catch (java.io.IOException ignored) {
                  // the client gave up, as it should
                }
              });
      server.start();
      String url = "https://127.0.0.1:" + plain.getLocalPort() + "/article.html";
      FetchOutcome.Failed failure = failed(client, url);
      assertThat(failure.reason()).isEqualTo(Reasons.TLS);
      assertThat(failure.detail()).startsWith("TLS with " + url + " failed: ");
      server.join(5000);
    }
  }

  @Test
  void httpsWorksWithATrustedCertificate() {
    // The handshake counts against the connect timeout: give a cold JVM's TLS time.
    try (ResourceDownloader trusting =
        new ResourceDownloader(
            new FetchSettings(
                "BroadsheetBot/test",
                Duration.ofSeconds(10),
                Duration.ofSeconds(10),
                Duration.ofSeconds(20),
                5,
                65536,
                20,
                2),
            PageDownloaderTest.FIXTURE_ONLY,
            Clock.systemUTC(),
            tlsSite.trustingContext())) {
      ResourceOutcome outcome =
          trusting.get(ResourceRequest.any(tlsSite.url("/article.html"), 65536));
      assertThat(outcome).isInstanceOf(ResourceOutcome.Received.class);
      assertThat(((ResourceOutcome.Received) outcome).body()).isEqualTo(site.article());
    }
  }

  @Test
  void httpsIsGuardedToo() {
    try (ResourceDownloader strict =
        new ResourceDownloader(
            SETTINGS, AddressGuard.strict(), Clock.systemUTC(), tlsSite.trustingContext())) {
      FetchOutcome.Failed failure = failed(strict, tlsSite.url("/article.html"));
      assertThat(failure.reason()).isEqualTo(Reasons.BLOCKED);
    }
  }
}
