package io.broadsheet.extractor.extract;

import io.broadsheet.events.PageFetched;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Builds test pages from the fixtures under {@code src/test/resources/pages}. */
public final class Pages {

  public static final Instant FETCHED_AT = Instant.parse("2024-03-05T10:00:00Z");

  /** The raw bytes of a fixture page. */
  public static byte[] fixture(String name) {
    try (InputStream in = Pages.class.getResourceAsStream("/pages/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A 200 text/html page with no charset or language header. */
  public static PageFetched html(String finalUrl, byte[] body) {
    return page(finalUrl, "text/html", null, null, body);
  }

  public static PageFetched html(String finalUrl, String body) {
    return html(finalUrl, body.getBytes(StandardCharsets.UTF_8));
  }

  public static PageFetched page(
      String finalUrl, String contentType, String charset, String contentLanguage, byte[] body) {
    return new PageFetched(
        finalUrl,
        finalUrl,
        List.of(),
        200,
        contentType,
        charset,
        null,
        null,
        contentLanguage,
        FETCHED_AT,
        body);
  }

  /** A parsed document, for testing one field extractor. */
  public static Document parse(String html, String baseUri) {
    return Jsoup.parse(html, baseUri);
  }

  /** A context for testing one field extractor. */
  public static ExtractionContext context(String finalUrl, String contentLanguage) {
    return new ExtractionContext(
        page(finalUrl, "text/html", null, contentLanguage, new byte[0]), StandardCharsets.UTF_8);
  }

  private Pages() {}
}
