package io.broadsheet.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.Reasons;
import io.broadsheet.fetcher.fixtures.FixtureSite;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF guard over real HTTP: the fixture runs on 127.0.0.1, so a strict client (no allow-list)
 * must refuse it however its address is spelled, and a client allowing 127.0.0.1 alone must refuse
 * redirects to anywhere else that is not public.
 */
class SsrfGuardTest {

  private static final FetchSettings SETTINGS =
      new FetchSettings(
          "BroadsheetBot/test", Duration.ofSeconds(1), Duration.ofSeconds(2), 5, 64 * 1024);

  private static FixtureSite site;
  private static ResourceDownloader strict;
  private static ResourceDownloader fixtureOnly;

  @BeforeAll
  static void start() {
    site = new FixtureSite();
    strict = new ResourceDownloader(SETTINGS, AddressGuard.strict(), Clock.systemUTC());
    fixtureOnly =
        new ResourceDownloader(SETTINGS, PageDownloaderTest.FIXTURE_ONLY, Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    site.close();
    strict.close();
    fixtureOnly.close();
  }

  private static ResourceOutcome get(ResourceClient client, String url) {
    return client.get(ResourceRequest.any(url, 65536));
  }

  private static FetchOutcome.Failed failed(ResourceClient client, String url) {
    ResourceOutcome outcome = get(client, url);
    assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
    return (FetchOutcome.Failed) outcome;
  }

  private static String redirectTo(String target) {
    return site.url("/redirect?to=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "2130706433",
        "0x7f000001",
        "017700000001",
        "0177.0.0.1",
        "0x7f.1",
        "127.1",
        "127.0.1",
        "%31%32%37.0.0.1",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]"
      })
  void refusesTheFixtureWithoutAnAllowListHoweverItsAddressIsSpelled(String host) {
    FetchOutcome.Failed failure =
        failed(strict, "http://" + host + ":" + site.port() + "/article.html");
    assertThat(failure.reason()).isEqualTo(Reasons.BLOCKED);
    assertThat(failure.detail()).isEqualTo("127.0.0.1 is loopback (127.0.0.0/8)");
  }

  @Test
  void refusesIpv6Loopback() {
    FetchOutcome.Failed failure = failed(strict, "http://[::1]:" + site.port() + "/article.html");
    assertThat(failure.reason()).isEqualTo(Reasons.BLOCKED);
    assertThat(failure.detail()).isEqualTo("0:0:0:0:0:0:0:1 is loopback (::1/128)");
  }

  @Test
  void connectsWhereItCheckedWhenAnOddSpellingIsAllowed() {
    // 0x7f.1 is 127.0.0.1 to a browser; the JDK would not even call it an address. Allowed, it
    // must reach the fixture: the address checked is the address connected to.
    ResourceOutcome outcome = get(fixtureOnly, "http://0x7f.1:" + site.port() + "/article.html");
    assertThat(outcome).isInstanceOf(ResourceOutcome.Received.class);
    ResourceOutcome.Received received = (ResourceOutcome.Received) outcome;
    assertThat(received.finalUrl()).isEqualTo(site.url("/article.html"));
    assertThat(received.body()).isEqualTo(site.article());
  }

  @Test
  void refusesARedirectToAnotherLoopbackAddress() {
    String target = "http://127.0.0.2:" + site.port() + "/article.html";
    FetchOutcome.Failed failure = failed(fixtureOnly, redirectTo(target));
    assertThat(failure.reason()).isEqualTo(Reasons.BLOCKED);
    assertThat(failure.detail())
        .isEqualTo(
            "127.0.0.2 is loopback (127.0.0.0/8) (redirected from "
                + site.url("/redirect?to=" + URLEncoder.encode(target, StandardCharsets.UTF_8))
                + ")");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://169.254.169.254/latest/meta-data/",
        "http://0xa9fea9fe/latest/meta-data/",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[fd00::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://[2002:a9fe:a9fe::]/",
        "http://0177.0.0.2/",
        "http://2130706434/"
      })
  void refusesRedirectsToPrivateAddresses(String target) {
    FetchOutcome.Failed failure = failed(fixtureOnly, redirectTo(target));
    assertThat(failure.reason()).isEqualTo(Reasons.BLOCKED);
    assertThat(failure.detail()).contains(" is ").contains("(redirected from ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO", "ftp://example.org/"})
  void refusesRedirectsToOtherSchemes(String target) {
    FetchOutcome.Failed failure = failed(fixtureOnly, redirectTo(target));
    assertThat(failure.reason()).isEqualTo(Reasons.INVALID_URL);
    assertThat(failure.detail()).startsWith("redirect to " + target + ": not http(s): scheme ");
  }

  @Test
  void refusesOtherSchemesOutright() {
    FetchOutcome.Failed failure = failed(strict, "file:///etc/passwd");
    assertThat(failure.reason()).isEqualTo(Reasons.INVALID_URL);
    assertThat(failure.detail()).isEqualTo("not http(s): scheme file");
  }

  @Test
  void refusesAHostThatEndsInANumberButIsNoAddress() {
    FetchOutcome.Failed failure = failed(strict, "http://1.2.3.4.5/");
    assertThat(failure.reason()).isEqualTo(Reasons.INVALID_URL);
    assertThat(failure.detail())
        .isEqualTo("host 1.2.3.4.5 ends in a number but is not an IPv4 address: more than 4 parts");
  }

  @Test
  void checksTheAddressANameResolvesToNotTheName() {
    // A harmless-looking name whose DNS answer is loopback: refused at connect time.
    try (ResourceDownloader client = withDns(AddressGuard.strict(), "news.example", "127.0.0.1")) {
      FetchOutcome.Failed failure =
          failed(client, "http://news.example:" + site.port() + "/article.html");
      assertThat(failure.reason()).isEqualTo(Reasons.BLOCKED);
      assertThat(failure.detail())
          .isEqualTo("host news.example resolves to 127.0.0.1, which is loopback (127.0.0.0/8)");
    }
  }

  @Test
  void connectsOnlyToTheAddressesItAllowed() {
    // The name has a refused address first and an allowed one second: the client gets only the
    // allowed one and reaches the fixture through it.
    try (ResourceDownloader client =
        withDns(PageDownloaderTest.FIXTURE_ONLY, "mixed.example", "10.0.0.1", "127.0.0.1")) {
      ResourceOutcome outcome =
          get(client, "http://mixed.example:" + site.port() + "/article.html");
      assertThat(outcome).isInstanceOf(ResourceOutcome.Received.class);
      assertThat(((ResourceOutcome.Received) outcome).body()).isEqualTo(site.article());
    }
  }

  @Test
  void unknownNameIsDnsNotBlocked() {
    try (ResourceDownloader client = withDns(AddressGuard.strict(), "news.example", "127.0.0.1")) {
      FetchOutcome.Failed failure = failed(client, "http://other.example/");
      assertThat(failure.reason()).isEqualTo(Reasons.DNS);
      assertThat(failure.detail()).startsWith("unknown host other.example");
    }
  }

  /** A downloader whose DNS knows one name (a stand-in for DNS, not for the HTTP client). */
  private static ResourceDownloader withDns(
      AddressPolicy policy, String name, String... addresses) {
    Map<String, String[]> zone = Map.of(name, addresses);
    GuardedDnsResolver resolver =
        new GuardedDnsResolver(
            policy,
            host -> {
              String[] found = zone.get(host);
              if (found == null) {
                throw new UnknownHostException(host);
              }
              InetAddress[] result = new InetAddress[found.length];
              for (int i = 0; i < found.length; i++) {
                result[i] = InetAddress.getByName(found[i]);
              }
              return result;
            });
    return new ResourceDownloader(SETTINGS, resolver, Clock.systemUTC(), null);
  }
}
