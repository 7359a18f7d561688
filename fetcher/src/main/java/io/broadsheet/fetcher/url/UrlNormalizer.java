package io.broadsheet.fetcher.url;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates and normalises URLs to fetch, in the manner of crawler-commons' {@code
 * BasicURLNormalizer}: scheme and host in lower case, internationalised host names in punycode,
 * default port dropped, fragment dropped, dot segments resolved, an empty path made {@code /},
 * percent-escapes in upper case and unreserved characters unescaped, characters that are illegal in
 * a URI (spaces, non-ASCII) percent-encoded as UTF-8. Tracking parameters ({@link
 * #DEFAULT_TRACKING_PARAMETERS} unless configured) are removed from the query; the other parameters
 * keep their order (crawler-commons' own normaliser sorts them, which is why this class only
 * follows its rules rather than calling it). Immutable and thread-safe.
 */
public final class UrlNormalizer {

  /** Longest URL accepted, in characters, as given. */
  public static final int MAX_LENGTH = 2048;

  private static final Pattern SCHEME_AUTHORITY =
      Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:)//([^/?#]*)(.*)$", Pattern.DOTALL);

  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

  /** Characters a URI may contain as they are (RFC 3986 reserved and unreserved, and '%'). */
  private static final String URI_CHARS = UNRESERVED + ":/?#[]@!$&'()*+,;=%";

  /**
   * Query parameters dropped by default: click identifiers and campaign tags that never change what
   * a page says. A trailing {@code *} matches any name with that prefix. Names are compared
   * case-insensitively.
   */
  public static final List<String> DEFAULT_TRACKING_PARAMETERS =
      List.of(
          "utm_*",
          "fbclid",
          "gclid",
          "gclsrc",
          "dclid",
          "msclkid",
          "mc_cid",
          "mc_eid",
          "igshid",
          "_ga",
          "_gl",
          "yclid",
          "ref_src",
          "ref_url",
          "twclid",
          "ttclid",
          "li_fat_id",
          "wt_mc",
          "_hsenc",
          "_hsmi",
          "mkt_tok",
          "oly_anon_id",
          "oly_enc_id",
          "vero_id",
          "wickedid");

  private final Set<String> exactNames = new HashSet<>();
  private final List<String> prefixes = new ArrayList<>();

  /** A normaliser that drops {@link #DEFAULT_TRACKING_PARAMETERS}. */
  public UrlNormalizer() {
    this(DEFAULT_TRACKING_PARAMETERS);
  }

  /**
   * A normaliser that drops the given query parameters.
   *
   * @param trackingParameters names to drop; a trailing {@code *} makes a prefix ({@code utm_*})
   */
  public UrlNormalizer(Collection<String> trackingParameters) {
    for (String name : trackingParameters) {
      String lower = name.strip().toLowerCase(Locale.ROOT);
      if (lower.isEmpty() || lower.equals("*")) {
        throw new IllegalArgumentException("tracking parameter name must not be blank or '*'");
      }
      if (lower.endsWith("*")) {
        prefixes.add(lower.substring(0, lower.length() - 1));
      } else {
        exactNames.add(lower);
      }
    }
  }

  /** Checks {@code input} and, when it is a fetchable URL, normalises it. Never throws. */
  public UrlVerdict check(String input) {
    if (input == null || input.isBlank()) {
      return new UrlVerdict.Invalid(input, "blank");
    }
    if (input.length() > MAX_LENGTH) {
      return new UrlVerdict.Invalid(
          input, "too long: " + input.length() + " characters, the limit is " + MAX_LENGTH);
    }
    String trimmed = input.strip();
    URI uri;
    try {
      uri = new URI(escapeIllegal(punycodeHost(trimmed)));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return new UrlVerdict.Invalid(input, "unparseable: " + e.getMessage());
    }
    if (!uri.isAbsolute()) {
      return new UrlVerdict.Invalid(input, "not absolute: no scheme");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new UrlVerdict.Invalid(input, "not http(s): scheme " + scheme);
    }
    if (uri.isOpaque() || uri.getRawAuthority() == null) {
      return new UrlVerdict.Invalid(input, "no host");
    }
    if (uri.getHost() == null) {
      return new UrlVerdict.Invalid(input, "no host: invalid authority " + uri.getRawAuthority());
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.isEmpty()) {
      return new UrlVerdict.Invalid(input, "no host");
    }
    String url = assemble(scheme, uri, host);
    return new UrlVerdict.Valid(input, url, host);
  }

  private String assemble(String scheme, URI uri, String host) {
    StringBuilder url = new StringBuilder(scheme).append("://");
    if (uri.getRawUserInfo() != null) {
      url.append(uri.getRawUserInfo()).append('@');
    }
    url.append(host);
    int port = uri.getPort();
    boolean defaultPort =
        (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    if (port != -1 && !defaultPort) {
      url.append(':').append(port);
    }
    url.append(normalizePath(uri.getRawPath()));
    // Escapes first, so that utm%5Fsource is recognised as utm_source.
    String query =
        uri.getRawQuery() == null ? "" : withoutTracking(normalizeEscapes(uri.getRawQuery()));
    if (!query.isEmpty()) {
      url.append('?').append(query);
    }
    return url.toString();
  }

  /** The query without tracking parameters and empty pairs, the others in their order. */
  private String withoutTracking(String rawQuery) {
    StringBuilder kept = new StringBuilder(rawQuery.length());
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty() || isTracking(pair)) {
        continue;
      }
      if (!kept.isEmpty()) {
        kept.append('&');
      }
      kept.append(pair);
    }
    return kept.toString();
  }

  private boolean isTracking(String pair) {
    int eq = pair.indexOf('=');
    String name = (eq >= 0 ? pair.substring(0, eq) : pair).toLowerCase(Locale.ROOT);
    if (exactNames.contains(name)) {
      return true;
    }
    for (String prefix : prefixes) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static String normalizePath(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return "/";
    }
    String path = URI.create("http://h" + normalizeEscapes(rawPath)).normalize().getRawPath();
    // RFC 3986 5.2.4: ".." above the root is dropped.
    while (path.startsWith("/../")) {
      path = path.substring(3);
    }
    return path.equals("/..") ? "/" : path;
  }

  /** Upper-cases percent-escapes and unescapes those of unreserved characters. */
  private static String normalizeEscapes(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && isHex(raw, i + 1) && isHex(raw, i + 2)) {
        int value = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
        if (value < 128 && UNRESERVED.indexOf(value) >= 0) {
          out.append((char) value);
        } else {
          out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
        }
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Percent-encodes (as UTF-8) what may not appear in a URI, and a '%' that starts no escape. */
  private static String escapeIllegal(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); ) {
      int cp = url.codePointAt(i);
      boolean danglingPercent = cp == '%' && !(isHex(url, i + 1) && isHex(url, i + 2));
      if (cp < 128 && URI_CHARS.indexOf(cp) >= 0 && !danglingPercent) {
        out.append((char) cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** Converts an internationalised host name to punycode before the rest is escaped. */
  private static String punycodeHost(String url) {
    Matcher m = SCHEME_AUTHORITY.matcher(url);
    if (!m.matches()) {
      return url;
    }
    String authority = m.group(2);
    int at = authority.lastIndexOf('@');
    String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
    String hostPort = authority.substring(at + 1);
    if (hostPort.startsWith("[") || hostPort.chars().allMatch(ch -> ch < 128)) {
      return url;
    }
    int colon = hostPort.lastIndexOf(':');
    String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
    String port = colon >= 0 ? hostPort.substring(colon) : "";
    return m.group(1) + "//" + userInfo + IDN.toASCII(host) + port + m.group(3);
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }
}
