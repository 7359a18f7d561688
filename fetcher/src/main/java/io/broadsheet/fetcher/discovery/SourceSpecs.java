package io.broadsheet.fetcher.discovery;

import io.broadsheet.fetcher.url.UrlNormalizer;
import io.broadsheet.fetcher.url.UrlVerdict;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a source as given (in the API or the sources file) and makes a {@link SourceSpec} of it,
 * or says exactly what is wrong: a URL that is not an absolute http(s) URL, an unknown kind, an
 * interval that is not an ISO-8601 duration or lies outside [min, max], a pattern that is not a
 * regular expression, a negative depth.
 *
 * @param normalizer normalises the URL (so the same source cannot be added twice under two
 *     spellings)
 * @param defaultInterval the interval of a source that names none
 * @param minInterval the shortest interval accepted
 * @param maxInterval the longest interval accepted
 */
public record SourceSpecs(
    UrlNormalizer normalizer,
    Duration defaultInterval,
    Duration minInterval,
    Duration maxInterval) {

  /** A source that cannot be accepted; the message says why, naming the field. */
  public static final class InvalidSourceException extends Exception {
    public InvalidSourceException(String message) {
      super(message);
    }
  }

  /** Most link depth accepted for site sources. */
  public static final int MAX_DEPTH = 5;

  /**
   * Checks a source.
   *
   * @param url required
   * @param kind {@code feed|sitemap|list|site}, or null to detect
   * @param interval ISO-8601 duration ({@code PT5M}), or null for the default
   * @param include regex, or null
   * @param exclude regex, or null
   * @param maxDepth link depth for site sources, or null
   */
  public SourceSpec check(
      String url, String kind, String interval, String include, String exclude, Integer maxDepth)
      throws InvalidSourceException {
    if (url == null) {
      throw new InvalidSourceException("\"url\" is missing");
    }
    UrlVerdict verdict = normalizer.check(url);
    if (verdict instanceof UrlVerdict.Invalid invalid) {
      throw new InvalidSourceException("\"url\" is not a valid URL: " + invalid.reason());
    }
    SourceKind sourceKind = null;
    if (kind != null) {
      sourceKind =
          SourceKind.parse(kind)
              .orElseThrow(
                  () ->
                      new InvalidSourceException(
                          "\"kind\" is unknown: \""
                              + kind
                              + "\"; expected one of "
                              + SourceKind.codes()
                              + " or none to detect it"));
    }
    Duration every = interval == null ? defaultInterval : parseInterval(interval);
    if (every.compareTo(minInterval) < 0 || every.compareTo(maxInterval) > 0) {
      throw new InvalidSourceException(
          "\"interval\" "
              + (interval == null ? every : interval)
              + " is out of bounds: it must be between "
              + minInterval
              + " and "
              + maxInterval);
    }
    checkPattern("include", include);
    checkPattern("exclude", exclude);
    if (maxDepth != null && (maxDepth < 0 || maxDepth > MAX_DEPTH)) {
      throw new InvalidSourceException(
          "\"max_depth\" " + maxDepth + " is out of bounds: it must be between 0 and " + MAX_DEPTH);
    }
    if (sourceKind != null
        && sourceKind != SourceKind.SITE
        && (include != null || exclude != null || maxDepth != null)) {
      throw new InvalidSourceException(
          "\"include\", \"exclude\" and \"max_depth\" apply to kind site only, not "
              + sourceKind.code());
    }
    return new SourceSpec(
        ((UrlVerdict.Valid) verdict).url(), sourceKind, every, include, exclude, maxDepth);
  }

  private static Duration parseInterval(String interval) throws InvalidSourceException {
    try {
      Duration every = Duration.parse(interval.strip());
      if (every.isNegative() || every.isZero()) {
        throw new InvalidSourceException("\"interval\" must be positive: " + interval);
      }
      return every;
    } catch (DateTimeParseException e) {
      throw new InvalidSourceException(
          "\"interval\" is not an ISO-8601 duration such as PT5M: \"" + interval + "\"");
    }
  }

  private static void checkPattern(String field, String pattern) throws InvalidSourceException {
    if (pattern == null) {
      return;
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw new InvalidSourceException(
          "\"" + field + "\" is not a regular expression: " + e.getDescription());
    }
  }
}
