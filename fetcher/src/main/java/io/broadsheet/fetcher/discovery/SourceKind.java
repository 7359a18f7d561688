package io.broadsheet.fetcher.discovery;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a source's URL points at, and so how it is read. */
public enum SourceKind {
  /** An RSS 0.9x/1.0/2.0 or Atom feed. */
  FEED,
  /** An XML sitemap, sitemap index (followed), gzip sitemap or Google News sitemap. */
  SITEMAP,
  /** Plain text, one URL per line; blank lines and lines starting with {@code #} are skipped. */
  LIST,
  /** A site: the sitemaps its robots.txt announces, and links followed from the given page. */
  SITE;

  /** The name used in the API and the sources file: {@code feed}, {@code sitemap}, ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code code}, case-insensitively; empty when there is none. */
  public static Optional<SourceKind> parse(String code) {
    return Arrays.stream(values()).filter(k -> k.code().equalsIgnoreCase(code.strip())).findFirst();
  }

  /** The codes, for error messages: {@code feed|sitemap|list|site}. */
  public static String codes() {
    return Arrays.stream(values()).map(SourceKind::code).collect(Collectors.joining("|"));
  }
}
