package io.broadsheet.fetcher.discovery;

import io.broadsheet.fetcher.url.UrlNormalizer;
import io.broadsheet.fetcher.url.UrlVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the URLs a read found into candidates to publish: each normalised (tracking parameters
 * dropped), those with a date older than {@code maxAge} skipped, duplicates within the read merged.
 * Invalid URLs are counted and the first few reported, never silently dropped.
 *
 * @param candidates valid, normalised, distinct URLs in the order found
 * @param found how many URLs the read found
 * @param tooOld how many were skipped for their age
 * @param invalid how many were not fetchable URLs
 * @param invalidSamples the first few invalid URLs with the reason, for the source's status
 */
public record Harvest(
    List<UrlVerdict.Valid> candidates,
    int found,
    int tooOld,
    int invalid,
    List<String> invalidSamples) {

  private static final int MAX_SAMPLES = 3;

  /** Sorts {@code urls} found at {@code now}. */
  public static Harvest of(
      List<DiscoveredUrl> urls, UrlNormalizer normalizer, Duration maxAge, Instant now) {
    Instant oldest = now.minus(maxAge);
    Map<String, UrlVerdict.Valid> distinct = new LinkedHashMap<>();
    int tooOld = 0;
    int invalid = 0;
    List<String> samples = new ArrayList<>();
    for (DiscoveredUrl url : urls) {
      if (url.date() != null && url.date().isBefore(oldest)) {
        tooOld++;
        continue;
      }
      UrlVerdict verdict = normalizer.check(url.url());
      if (verdict instanceof UrlVerdict.Valid valid) {
        distinct.putIfAbsent(valid.url(), valid);
      } else {
        invalid++;
        if (samples.size() < MAX_SAMPLES) {
          samples.add(url.url() + " (" + ((UrlVerdict.Invalid) verdict).reason() + ")");
        }
      }
    }
    return new Harvest(List.copyOf(distinct.values()), urls.size(), tooOld, invalid, samples);
  }
}
