package io.broadsheet.fetcher.fetch;

import java.util.Locale;
import java.util.Set;

/**
 * A parsed {@code Content-Type} header.
 *
 * @param mediaType the media type in lower case, without parameters; null when the header is absent
 *     or empty
 * @param charset the {@code charset} parameter without quotes, or null
 */
public record ContentType(String mediaType, String charset) {

  private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

  /** Parses a header value; null or blank gives an empty content type. */
  public static ContentType parse(String header) {
    if (header == null || header.isBlank()) {
      return new ContentType(null, null);
    }
    String[] parts = header.split(";");
    String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
    String charset = null;
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i].strip();
      int eq = param.indexOf('=');
      if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
        charset = unquote(param.substring(eq + 1).strip());
      }
    }
    return new ContentType(
        mediaType.isEmpty() ? null : mediaType,
        charset == null || charset.isEmpty() ? null : charset);
  }

  /** Whether this is HTML or XHTML, the only types the pipeline extracts. */
  public boolean isHtml() {
    return mediaType != null && HTML.contains(mediaType);
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
