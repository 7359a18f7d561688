package io.broadsheet.fetcher.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KindDetectorTest {

  private final KindDetector detector = new KindDetector();

  private Optional<SourceKind> detect(String mediaType, String body) {
    return detector.detect(mediaType, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void tellsFeedsByTheirRootElement() {
    assertThat(detect("text/xml", "<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">"))
        .contains(SourceKind.FEED);
    assertThat(detect(null, "<rdf:RDF xmlns:rdf=\"x\">")).contains(SourceKind.FEED);
    assertThat(detect(null, "\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        .contains(SourceKind.FEED);
  }

  @Test
  void tellsSitemapsByTheirRootElementOrGzip() {
    assertThat(detect("application/xml", "<urlset xmlns=\"s\">")).contains(SourceKind.SITEMAP);
    assertThat(detect(null, "<?xml version=\"1.0\"?><sitemapindex>")).contains(SourceKind.SITEMAP);
    assertThat(detector.detect(null, new byte[] {0x1f, (byte) 0x8b, 8, 0}))
        .contains(SourceKind.SITEMAP);
  }

  @Test
  void tellsHtmlPagesAndUrlLists() {
    assertThat(detect("text/html", "<!DOCTYPE html><html>")).contains(SourceKind.SITE);
    assertThat(detect("text/plain", "# list\n\nhttps://a.example/1\n")).contains(SourceKind.LIST);
  }

  @Test
  void saysNothingAboutAnythingElse() {
    assertThat(detect("application/json", "{\"a\": 1}")).isEmpty();
    assertThat(detect("text/plain", "hello\nhttps://a.example/")).isEmpty();
    assertThat(detect("application/xml", "<catalog/>")).isEmpty();
  }
}
