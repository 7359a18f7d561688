package io.broadsheet.extractor.cli;

import io.broadsheet.events.PageFetched;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A page saved to disk ({@code <id>.html} or {@code <id>.html.gz}) and the URL it was fetched from.
 * Turned into the same {@link PageFetched} event the service consumes, so the command line runs the
 * service's code path.
 */
public record SavedPage(String id, Path file, String url) {

  /** The page id: the file name without {@code .html} / {@code .html.gz}. */
  public static String idOf(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".html.gz")) {
      return name.substring(0, name.length() - ".html.gz".length());
    }
    return name.substring(0, name.length() - ".html".length());
  }

  public static boolean isPage(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".html") || name.endsWith(".html.gz"));
  }

  /** The body bytes, gunzipped when the file is compressed. */
  public byte[] bytes() throws IOException {
    if (file.getFileName().toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(file);
  }

  /**
   * The page as a fetch event: the known URL (or the file's own URI when none is known), HTML, no
   * charset header — the decoder finds it in the bytes, as it must for real pages that lack one.
   */
  public PageFetched toEvent() throws IOException {
    String pageUrl = url != null ? url : file.toAbsolutePath().toUri().toString();
    return new PageFetched(
        pageUrl,
        pageUrl,
        List.of(),
        200,
        "text/html",
        null,
        null,
        null,
        null,
        Files.getLastModifiedTime(file).toInstant().isAfter(Instant.EPOCH)
            ? Files.getLastModifiedTime(file).toInstant()
            : Instant.now(),
        bytes());
  }
}
