package io.broadsheet.fetcher.discovery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the {@code <a href>} links of an HTML page, absolute, each once, in document order. */
public final class LinkExtractor {

  /**
   * The http(s) links of {@code html}, resolved against the page's base.
   *
   * @param charset the charset the server declared, or null to let the page (BOM, meta) say
   */
  public List<String> links(byte[] html, String charset, String pageUrl) {
    Document document;
    try {
      document = Jsoup.parse(new ByteArrayInputStream(html), charset, pageUrl);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a byte array does not fail
    }
    Set<String> links = new LinkedHashSet<>();
    for (Element anchor : document.select("a[href]")) {
      String href = anchor.absUrl("href");
      if (href.startsWith("http://") || href.startsWith("https://")) {
        links.add(href);
      }
    }
    return new ArrayList<>(links);
  }
}
