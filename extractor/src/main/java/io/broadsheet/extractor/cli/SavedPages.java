package io.broadsheet.extractor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lists the saved pages of a directory and pairs them with their URLs. */
public final class SavedPages {

  /**
   * Every {@code *.html} / {@code *.html.gz} directly in {@code dir}, sorted by id.
   *
   * @param urls id to URL; ids not in it get no URL
   */
  public static List<SavedPage> in(Path dir, Map<String, String> urls) {
    if (!Files.isDirectory(dir)) {
      throw new CliException("not a directory: " + dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(SavedPage::isPage)
          .map(f -> new SavedPage(SavedPage.idOf(f), f, urls.get(SavedPage.idOf(f))))
          .sorted((a, b) -> a.id().compareTo(b.id()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a TSV of {@code id<TAB>url} lines. Blank lines and lines starting with {@code #} are
   * skipped; any other line without exactly two fields is an error naming its line number.
   */
  public static Map<String, String> readUrls(Path tsv) {
    Map<String, String> urls = new HashMap<>();
    if (tsv == null) {
      return urls;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException("cannot read URL file " + tsv + ": " + e.getMessage());
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
        throw new CliException(
            "%s line %d: expected id<TAB>url, got: %s".formatted(tsv, i + 1, line));
      }
      urls.put(fields[0].strip(), fields[1].strip());
    }
    return urls;
  }

  private SavedPages() {}
}
