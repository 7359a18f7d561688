package io.broadsheet.extractor.extract;

import io.broadsheet.events.PageFetched;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * What field extractors may know about a page besides its DOM: the fetch it came from and how its
 * bytes were decoded. Immutable.
 *
 * @param page the fetched page (final URL, response headers, fetch time)
 * @param charset the charset the body was decoded with
 */
public record ExtractionContext(PageFetched page, Charset charset) {
  public ExtractionContext {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(charset, "charset");
  }

  /** The URL the page was fetched from, after redirects; also the DOM's base URI. */
  public String finalUrl() {
    return page.finalUrl();
  }

  /** The {@code Content-Language} response header, or null. */
  public String contentLanguage() {
    return page.contentLanguage();
  }
}
