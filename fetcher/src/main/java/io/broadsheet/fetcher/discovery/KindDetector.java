package io.broadsheet.fetcher.discovery;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what kind of source a fetched document is, for sources added without a kind: the root
 * element of an XML document ({@code rss}, {@code rdf:RDF} or {@code feed}: a feed; {@code urlset}
 * or {@code sitemapindex}: a sitemap), gzip content (a compressed sitemap), HTML (a site's section
 * page) or plain text whose first meaningful line is an http(s) URL (a list).
 */
public final class KindDetector {

  private static final Pattern ROOT =
      Pattern.compile("<([A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s>/]");

  /** The kind of {@code body} (media type {@code mediaType}, may be null); empty when unclear. */
  public Optional<SourceKind> detect(String mediaType, byte[] body) {
    if (body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
      return Optional.of(SourceKind.SITEMAP);
    }
    String head =
        new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8)
            .replace("\uFEFF", "");
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.contains("<html") || "text/html".equals(mediaType)) {
      return Optional.of(SourceKind.SITE);
    }
    Optional<String> root = rootElement(head);
    if (root.isPresent()) {
      return switch (root.get()) {
        case "rss", "RDF", "feed" -> Optional.of(SourceKind.FEED);
        case "urlset", "sitemapindex" -> Optional.of(SourceKind.SITEMAP);
        default -> Optional.empty();
      };
    }
    for (String line : head.split("\r\n|\r|\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      return trimmed.startsWith("http://") || trimmed.startsWith("https://")
          ? Optional.of(SourceKind.LIST)
          : Optional.empty();
    }
    return Optional.empty();
  }

  /** The local name of the first element, skipping the XML declaration, comments and DOCTYPE. */
  private static Optional<String> rootElement(String head) {
    String text = head.strip();
    if (!text.startsWith("<")) {
      return Optional.empty();
    }
    text = text.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "");
    Matcher m = ROOT.matcher(text);
    return m.find() ? Optional.of(m.group(2)) : Optional.empty();
  }
}
