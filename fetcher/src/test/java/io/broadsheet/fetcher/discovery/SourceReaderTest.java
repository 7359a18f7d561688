package io.broadsheet.fetcher.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.fetcher.fetch.AddressPolicy;
import io.broadsheet.fetcher.fetch.FetchSettings;
import io.broadsheet.fetcher.fetch.ResourceDownloader;
import io.broadsheet.fetcher.fixtures.DiscoverySite;
import io.broadsheet.fetcher.url.UrlNormalizer;
import io.broadsheet.fetcher.url.UrlVerdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading every kind of source over real HTTP on loopback, with the real resource client. */
class SourceReaderTest {

  private static final Duration MAX_AGE = Duration.ofDays(2);
  private static DiscoverySite site;
  private static SourceReader reader;

  @BeforeAll
  static void start() {
    site = new DiscoverySite();
    FetchSettings settings =
        new FetchSettings(
            "BroadsheetBot/0.1", Duration.ofSeconds(5), Duration.ofSeconds(5), 5, 1 << 20);
    reader =
        new SourceReader(
            new ResourceDownloader(settings, AddressPolicy.allowAll(), Clock.systemUTC()),
            new SourceReader.Limits(1 << 20, 10, 3, MAX_AGE, 1, 20, "BroadsheetBot"));
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static Source source(String path, SourceKind kind) {
    return source(new SourceSpec(site.url(path), kind, Duration.ofMinutes(5), null, null, null));
  }

  private static Source source(SourceSpec spec) {
    return new Source(
        "src-test",
        spec,
        false,
        "api",
        spec.interval(),
        null,
        null,
        "new",
        0,
        0,
        0,
        0,
        null,
        null,
        Instant.now());
  }

  private static ReadResult.Read read(Source source) {
    ReadResult result = reader.read(source, Instant.now());
    assertThat(result).isInstanceOf(ReadResult.Read.class);
    return (ReadResult.Read) result;
  }

  /** The normalised URLs a read yields after the max-age filter, as paths on the site. */
  private static List<String> harvested(ReadResult.Read read) {
    return Harvest.of(read.urls(), new UrlNormalizer(), MAX_AGE, Instant.now())
        .candidates()
        .stream()
        .map(UrlVerdict.Valid::url)
        .map(u -> u.substring(site.url("").length()))
        .toList();
  }

  @Test
  void readsRss2ItemsResolvingRelativeLinksAndDroppingTrackingParameters() {
    ReadResult.Read read = read(source("/rss2.xml", SourceKind.FEED));
    assertThat(read.kind()).isEqualTo(SourceKind.FEED);
    assertThat(read.etag()).isNotNull();
    assertThat(harvested(read)).containsExactly("/articles/rss-1.html", "/articles/rss-2.html");
  }

  @Test
  void readsRss1AndAtom() {
    assertThat(harvested(read(source("/rss1.rdf", SourceKind.FEED))))
        .containsExactly("/articles/rdf-1.html", "/articles/rdf-2.html");
    assertThat(harvested(read(source("/atom.xml", SourceKind.FEED))))
        .containsExactly("/articles/atom-1.html", "/articles/rss-1.html");
  }

  @Test
  void answersNotModifiedWhenTheValidatorsStillMatch() {
    ReadResult.Read first = read(source("/rss1.rdf", SourceKind.FEED));
    Source again =
        new Source(
            "src-test",
            new SourceSpec(
                site.url("/rss1.rdf"), SourceKind.FEED, Duration.ofMinutes(5), null, null, null),
            false,
            "api",
            Duration.ofMinutes(5),
            first.etag(),
            first.lastModified(),
            "ok",
            1,
            2,
            2,
            0,
            null,
            null,
            Instant.now());
    assertThat(reader.read(again, Instant.now())).isInstanceOf(ReadResult.NotModified.class);
  }

  @Test
  void skipsSitemapEntriesOlderThanMaxAgeByLastmod() {
    ReadResult.Read read = read(source("/sitemap.xml", SourceKind.SITEMAP));
    assertThat(read.urls()).hasSize(2);
    assertThat(harvested(read)).containsExactly("/articles/sm-new.html");
  }

  @Test
  void prefersNewsPublicationDateOverLastmod() {
    assertThat(harvested(read(source("/news-sitemap.xml", SourceKind.SITEMAP))))
        .containsExactly("/articles/news-new.html");
  }

  @Test
  void readsGzipSitemap() {
    assertThat(harvested(read(source("/sitemap.xml.gz", SourceKind.SITEMAP))))
        .containsExactly("/articles/gz-1.html");
  }

  @Test
  void followsSitemapIndexSkippingOldChildren() {
    int oldRequests = site.requests("/old-sitemap.xml");
    ReadResult.Read read = read(source("/sitemap-index.xml", SourceKind.SITEMAP));
    assertThat(harvested(read))
        .containsExactlyInAnyOrder(
            "/articles/sm-new.html", "/articles/news-new.html", "/articles/gz-1.html");
    assertThat(site.requests("/old-sitemap.xml")).isEqualTo(oldRequests);
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void stopsAtTheSitemapLimitAndSaysSo() {
    SourceReader small =
        new SourceReader(
            new ResourceDownloader(
                new FetchSettings("B", Duration.ofSeconds(5), Duration.ofSeconds(5), 5, 1 << 20),
                AddressPolicy.allowAll(),
                Clock.systemUTC()),
            new SourceReader.Limits(1 << 20, 2, 3, MAX_AGE, 1, 20, "B"));
    ReadResult.Read read =
        (ReadResult.Read)
            small.read(source("/sitemap-index.xml", SourceKind.SITEMAP), Instant.now());
    assertThat(harvested(read)).containsExactly("/articles/sm-new.html");
    assertThat(read.problems()).containsExactly("stopped after 2 sitemaps; 2 left");
  }

  @Test
  void readsUrlListSkippingCommentsAndBlankLines() {
    ReadResult.Read read = read(source("/urls.txt", SourceKind.LIST));
    Harvest harvest = Harvest.of(read.urls(), new UrlNormalizer(), MAX_AGE, Instant.now());
    assertThat(harvested(read)).containsExactly("/articles/list-1.html", "/articles/list-2.html");
    assertThat(harvest.invalid()).isEqualTo(1);
    assertThat(harvest.invalidSamples())
        .containsExactly("ftp://127.0.0.1/not-http (not http(s): scheme ftp)");
  }

  @Test
  void readsSiteThroughRobotsSitemapsAndSectionLinks() {
    ReadResult.Read read =
        read(
            source(
                new SourceSpec(
                    site.url("/section/"),
                    SourceKind.SITE,
                    Duration.ofMinutes(5),
                    "/articles/",
                    "/about",
                    2)));
    assertThat(harvested(read))
        .containsExactlyInAnyOrder(
            "/articles/news-new.html",
            "/articles/site-1.html",
            "/articles/site-2.html",
            "/articles/deep.html");
  }

  @Test
  void siteWithDepthOneReadsOnlyTheSectionPage() {
    ReadResult.Read read =
        read(
            source(
                new SourceSpec(
                    site.url("/section/"),
                    SourceKind.SITE,
                    Duration.ofMinutes(5),
                    "/articles/",
                    null,
                    1)));
    assertThat(harvested(read))
        .containsExactlyInAnyOrder(
            "/articles/news-new.html", "/articles/site-1.html", "/articles/site-2.html");
  }

  @Test
  void detectsTheKindWhenNoneIsGiven() {
    assertThat(read(source("/rss2.xml", null)).kind()).isEqualTo(SourceKind.FEED);
    assertThat(read(source("/rss1.rdf", null)).kind()).isEqualTo(SourceKind.FEED);
    assertThat(read(source("/atom.xml", null)).kind()).isEqualTo(SourceKind.FEED);
    assertThat(read(source("/sitemap-index.xml", null)).kind()).isEqualTo(SourceKind.SITEMAP);
    assertThat(read(source("/sitemap.xml.gz", null)).kind()).isEqualTo(SourceKind.SITEMAP);
    assertThat(read(source("/urls.txt", null)).kind()).isEqualTo(SourceKind.LIST);
    assertThat(read(source("/section/", null)).kind()).isEqualTo(SourceKind.SITE);
  }

  @Test
  void failsWithAReasonWhenTheKindCannotBeTold() {
    ReadResult result = reader.read(source("/unknown.json", null), Instant.now());
    assertThat(result).isInstanceOf(ReadResult.Failed.class);
    assertThat(((ReadResult.Failed) result).reason()).isEqualTo("unparseable");
    assertThat(((ReadResult.Failed) result).detail()).contains("application/json", "give \"kind\"");
  }

  @Test
  void failsWithTheHttpStatusForABrokenSource() {
    ReadResult result = reader.read(source("/broken", SourceKind.FEED), Instant.now());
    assertThat(result).isInstanceOf(ReadResult.Failed.class);
    assertThat(((ReadResult.Failed) result).reason()).isEqualTo("http-500");
  }

  @Test
  void failsAsUnparseableWhenAFeedIsNotAFeed() {
    ReadResult result = reader.read(source("/urls.txt", SourceKind.FEED), Instant.now());
    assertThat(result).isInstanceOf(ReadResult.Failed.class);
    assertThat(((ReadResult.Failed) result).reason()).isEqualTo("unparseable");
  }
}
