package io.broadsheet.extractor.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.Reasons;
import io.broadsheet.extractor.extract.ExtractionResult;
import io.broadsheet.extractor.extract.PageExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code extract --in DIR --out DIR [--urls FILE]}: runs the service's {@link PageExtractor} over
 * saved pages and writes {@code <id>.json} per page ({@link ExtractionJson}).
 */
public final class ExtractCommand {

  private final PageExtractor extractor;

  public ExtractCommand(PageExtractor extractor) {
    this.extractor = extractor;
  }

  /** Summary of a run: pages seen, articles, rejections. */
  public record Summary(int pages, int articles, int rejected) {}

  public Summary run(Path in, Path out, Map<String, String> urls) {
    List<SavedPage> pages = SavedPages.in(in, urls);
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new CliException("cannot create output directory " + out + ": " + e.getMessage());
    }
    AtomicInteger articles = new AtomicInteger();
    pages.parallelStream()
        .forEach(
            page -> {
              ObjectNode json = extractOne(page);
              if ("article".equals(json.get("status").asText())) {
                articles.incrementAndGet();
              }
              write(out.resolve(page.id() + ".json"), json);
            });
    return new Summary(pages.size(), articles.get(), pages.size() - articles.get());
  }

  /** One page's output; an unreadable file is a rejection, not a crash of the whole run. */
  ObjectNode extractOne(SavedPage page) {
    ExtractionResult result;
    try {
      result = extractor.extract(page.toEvent());
    } catch (IOException e) {
      result =
          new ExtractionResult.Rejected(
              Reasons.UNPARSEABLE, "cannot read " + page.file() + ": " + e.getMessage());
    }
    return ExtractionJson.of(result);
  }

  private static void write(Path file, ObjectNode json) {
    try {
      Files.write(
          file, EventCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
