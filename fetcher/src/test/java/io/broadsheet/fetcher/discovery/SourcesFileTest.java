package io.broadsheet.fetcher.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.fetcher.url.UrlNormalizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesFileTest {

  private final SourcesFile file =
      new SourcesFile(
          new SourceSpecs(
              new UrlNormalizer(),
              Duration.ofMinutes(10),
              Duration.ofMinutes(1),
              Duration.ofHours(6)));

  private List<SourceSpec> parse(String yaml) throws Exception {
    return file.parse(yaml.getBytes(StandardCharsets.UTF_8), "sources.yml");
  }

  private void fails(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(SourcesFile.InvalidSourcesFileException.class)
        .hasMessage(message);
  }

  @Test
  void readsEveryKindWithDefaults() throws Exception {
    List<SourceSpec> sources =
        parse(
            """
            sources:
              - url: https://news.example.org/rss.xml
                kind: feed
                interval: PT5M
              - url: https://news.example.org/news-sitemap.xml
              - url: https://news.example.org/world/
                kind: site
                include: "/\\\\d{4}/"
                exclude: /video/
                max_depth: 2
            """);
    assertThat(sources)
        .containsExactly(
            new SourceSpec(
                "https://news.example.org/rss.xml",
                SourceKind.FEED,
                Duration.ofMinutes(5),
                null,
                null,
                null),
            new SourceSpec(
                "https://news.example.org/news-sitemap.xml",
                null,
                Duration.ofMinutes(10),
                null,
                null,
                null),
            new SourceSpec(
                "https://news.example.org/world/",
                SourceKind.SITE,
                Duration.ofMinutes(10),
                "/\\d{4}/",
                "/video/",
                2));
  }

  @Test
  void anEmptyFileOrListHasNoSources() throws Exception {
    assertThat(parse("")).isEmpty();
    assertThat(parse("sources: []\n")).isEmpty();
    assertThat(parse("# nothing yet\nsources:\n")).isEmpty();
  }

  @Test
  void namesTheEntryAndTheProblem() {
    fails(
        "sources:\n  - url: https://a.example/rss\n  - url: https://b.example/rss\n    kind: blog\n",
        "sources.yml: sources[1]: \"kind\" is unknown: \"blog\"; expected one of"
            + " feed|sitemap|list|site or none to detect it");
    fails(
        "sources:\n  - url: https://a.example/rss\n    every: PT5M\n",
        "sources.yml: sources[0]: unknown key \"every\"; expected one of [url, kind, interval,"
            + " include, exclude, max_depth]");
    fails("sources:\n  - kind: feed\n", "sources.yml: sources[0]: \"url\" is missing");
    fails(
        "sources:\n  - url: https://a.example/rss\n  - url: HTTPS://A.example/rss#x\n",
        "sources.yml: sources[1]: duplicate of sources[0]: https://a.example/rss");
    fails("sources: {url: x}\n", "sources.yml: \"sources\" must be a list");
    fails("- a\n- b\n", "sources.yml: expected a mapping with a \"sources\" list");
    fails(
        "sources:\n  - url: https://a.example/\n    kind: site\n    max_depth: two\n",
        "sources.yml: sources[0]: \"max_depth\" must be an integer");
  }

  @Test
  void saysWhenTheFileIsMissing() {
    assertThatThrownBy(() -> file.read(Path.of("target/no-such-sources.yml")))
        .isInstanceOf(SourcesFile.InvalidSourcesFileException.class)
        .hasMessage("sources file target/no-such-sources.yml does not exist");
  }

  @Test
  void readsTheLocalDefaultFile() throws Exception {
    // The local default is valid and, until someone adds sources, empty.
    assertThat(file.read(Path.of("../deploy/local/sources.yml"))).isEmpty();
  }
}
