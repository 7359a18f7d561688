package io.broadsheet.extractor.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Extraction settings, under {@code broadsheet.extractor}. */
@ConfigMapping(prefix = "broadsheet.extractor")
public interface ExtractorConfig {

  /** Version stamped on every article as {@code extractor_version}; the application version. */
  String version();

  /** Pages with more body bytes than this are rejected as {@code too-large} before parsing. */
  @WithDefault("10485760")
  int maxBodyBytes();

  /** Deepest element nesting the HTML parser keeps; bounds the work on hostile markup. */
  @WithDefault("512")
  int maxNestingDepth();

  /**
   * Fewest body words a page needs to count as an article (a CJK character counts as half a word).
   */
  @WithDefault("40")
  int minWords();

  /**
   * Optional YAML/JSON file of per-site extraction rules (a mounted ConfigMap); absent means the
   * generic extractor everywhere. A missing or invalid file fails start-up.
   */
  Optional<Path> siteProfiles();

  /** How often the site profile file is checked for changes; a broken new file is ignored. */
  @WithDefault("30s")
  Duration siteProfilesCheckInterval();

  /** Per-site field fill-rate metrics, under {@code broadsheet.extractor.fill-rates}. */
  FillRates fillRates();

  /** Per-site field fill-rate metrics: a drift signal for a site whose layout changed. */
  interface FillRates {

    /** Whether to count, per site, the articles published and the fields each one filled. */
    @WithDefault("true")
    boolean enabled();

    /** Most sites given their own {@code site} label; articles of later sites count as "other". */
    @WithDefault("2000")
    int maxSites();
  }

  /** Replaying raw pages of {@code broadsheet.pages.fetched} through this extractor. */
  Replay replay();

  /** Settings of {@code POST /replay}, under {@code broadsheet.extractor.replay}. */
  interface Replay {

    /** Widest time range one replay may cover; a wider request is refused (400). */
    @WithDefault("7d")
    Duration maxRange();

    /** How long one poll of the pages topic waits for records. */
    @WithDefault("1s")
    Duration pollTimeout();

    /** Jobs remembered for {@code GET /replay}; the oldest finished ones are forgotten first. */
    @WithDefault("50")
    int keepJobs();
  }
}
