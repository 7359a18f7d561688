package io.broadsheet.extractor.extract;

import java.net.URI;
import java.util.Locale;

/** Host names of URLs as pages state them, which may be malformed. */
public final class Hosts {

  /** The lower-case host of {@code url}, or null when it has none or does not parse. */
  public static String of(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private Hosts() {}
}
