package io.broadsheet.extractor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.events.EventCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorCliTest {

  private static final String ARTICLE =
      """
      <!doctype html><html lang="en"><head><meta charset="utf-8">
      <title>Lighthouse keeper retires after forty years | Coast Weekly</title>
      <link rel="canonical" href="/stories/lighthouse-keeper-retires"></head>
      <body><nav><a href="/">Home</a> <a href="/coast">Coast</a></nav>
      <article><h1>Lighthouse keeper retires after forty years</h1>
      <p>The last resident keeper of the northern lighthouse handed over the keys on Friday,
      ending a career that began when the lamp still had to be wound by hand every four hours.</p>
      <p>She plans to stay in the village and to write down the storm logs she kept since the
      winter of the great flood, which neighbours have asked her to publish for years.</p>
      </article><footer>Subscribe to our newsletter</footer></body></html>
      """;

  @TempDir Path dir;

  @Test
  void extractWritesOneJsonPerPageWithEveryContractKey() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("keeper.html"), ARTICLE);
    gzip(in.resolve("front.html.gz"), "<html><body><a href=/a>A</a></body></html>");
    Files.writeString(in.resolve("notes.txt"), "not a page");
    Path urls = dir.resolve("urls.tsv");
    Files.writeString(urls, "# id\turl\nkeeper\thttps://coast.example/x?ref=rss\n");
    Path out = dir.resolve("out");

    int status =
        run("extract", "--in", in.toString(), "--out", out.toString(), "--urls", urls.toString());

    assertThat(status).isZero();
    assertThat(out.toFile().list()).containsExactlyInAnyOrder("keeper.json", "front.json");
    JsonNode keeper = EventCodec.mapper().readTree(out.resolve("keeper.json").toFile());
    assertThat(keeper.fieldNames())
        .toIterable()
        .contains(
            "status",
            "reason",
            "title",
            "subtitle",
            "authors",
            "credit",
            "published",
            "updated",
            "section",
            "topics",
            "language",
            "site_name",
            "canonical_url",
            "lead_image",
            "lead_image_caption",
            "body",
            "word_count");
    assertThat(keeper.get("status").asText()).isEqualTo("article");
    assertThat(keeper.get("title").asText())
        .isEqualTo("Lighthouse keeper retires after forty years");
    assertThat(keeper.get("canonical_url").asText())
        .isEqualTo("https://coast.example/stories/lighthouse-keeper-retires");
    assertThat(keeper.get("body").asText())
        .startsWith("The last resident keeper")
        .contains("\n\nShe plans to stay")
        .doesNotContain("newsletter");
    JsonNode front = EventCodec.mapper().readTree(out.resolve("front.json").toFile());
    assertThat(front.get("status").asText()).isEqualTo("rejected");
    assertThat(front.get("reason").asText()).isNotBlank();
  }

  @Test
  void malformedUrlFileIsAUsageErrorNamingTheLine() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path urls = dir.resolve("urls.tsv");
    Files.writeString(urls, "a\thttps://x.example/\nbroken line without tab\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        ExtractorCli.run(
            new String[] {
              "extract", "--in", in.toString(), "--out", dir.toString(), "--urls", urls.toString()
            },
            new PrintStream(OutputStream.nullOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2").contains("id<TAB>url");
  }

  @Test
  void unknownCommandOrOptionIsAUsageError() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(run("extract", "--in", "x", "--out", "y", "--colour", "blue")).isEqualTo(2);
    assertThat(run("extract", "--in", dir.resolve("missing").toString(), "--out", "y"))
        .isEqualTo(2);
  }

  @Test
  void invalidSiteProfileFileIsAUsageError() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path profiles =
        Files.writeString(dir.resolve("p.yml"), "profiles:\n  - name: x\n    body: div\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        ExtractorCli.run(
            new String[] {
              "extract",
              "--in",
              in.toString(),
              "--out",
              dir.toString(),
              "--profiles",
              profiles.toString()
            },
            new PrintStream(OutputStream.nullOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("names no hosts");
  }

  @Test
  void evalScoresALabelledDirectory() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("keeper.html"), ARTICLE);
    Files.writeString(
        corpus.resolve("keeper.json"),
        """
        {"url": "https://coast.example/x", "title": "Lighthouse keeper retires after forty years",
         "language": "en", "authors": null, "topics": null, "published": null}
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int status =
        ExtractorCli.run(
            new String[] {
              "eval", "--corpus", corpus.toString(), "--out", dir.resolve("pred").toString()
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(OutputStream.nullOutputStream()));

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("title.exact        1.000  (n=1")
        .contains("language           1.000  (n=1");
  }

  private static int run(String... args) {
    return ExtractorCli.run(
        args,
        new PrintStream(OutputStream.nullOutputStream()),
        new PrintStream(OutputStream.nullOutputStream()));
  }

  private static void gzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
