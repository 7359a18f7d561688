package io.broadsheet.fetcher.discovery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text URL list: one URL per line, UTF-8; blank lines and lines starting with {@code
 * #} are skipped, anything after the first whitespace on a line is ignored. Whether each URL is
 * valid is decided later, by the normaliser, so that every bad line is reported.
 */
public final class UrlListParser {

  /** The URLs of {@code body}, in order, without dates. */
  public List<DiscoveredUrl> parse(byte[] body, String listUrl) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<DiscoveredUrl> urls = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String url = trimmed.split("\\s+", 2)[0];
      urls.add(new DiscoveredUrl(FeedParser.resolve(listUrl, url), null));
    }
    return urls;
  }
}
