package io.broadsheet.fetcher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How sources are polled and discovered URLs de-duplicated ({@code broadsheet.discovery.*}). */
@ConfigMapping(prefix = "broadsheet.discovery")
public interface DiscoveryConfig {

  /** Whether this replica polls due sources in the background (the API works either way). */
  @WithDefault("true")
  boolean enabled();

  /** YAML file of sources loaded at start and upserted by URL; none when unset. */
  Optional<String> sourcesFile();

  /** Polling interval of a source that names none. */
  @WithDefault("PT10M")
  Duration defaultInterval();

  /** Shortest interval a source may have or adapt down to. */
  @WithDefault("PT1M")
  Duration minInterval();

  /** Longest interval a source may have, adapt up to, or back off to after failures. */
  @WithDefault("PT6H")
  Duration maxInterval();

  /** Fraction of the interval added or taken at random, so sources do not poll in lock-step. */
  @WithDefault("0.1")
  double jitter();

  /** Wait after a source's first failure; doubled per consecutive failure up to max-interval. */
  @WithDefault("PT1M")
  Duration failureBackoff();

  /** How often the poller looks for due sources. */
  @WithDefault("PT5S")
  Duration tick();

  /** How long a replica owns a claimed source; another replica may take it over afterwards. */
  @WithDefault("PT5M")
  Duration lease();

  /** Sources polled at the same time by one replica. */
  @WithDefault("4")
  int concurrency();

  /** A URL already published is published again when it was last published this long ago... */
  @WithDefault("PT1H")
  Duration refetchAfter();

  /** ...and was first seen less than this long ago (0 turns re-fetching off). */
  @WithDefault("PT24H")
  Duration refetchWindow();

  /** Sitemap and feed entries whose publication date or lastmod is older are skipped. */
  @WithDefault("P2D")
  Duration maxAge();

  /** Most sitemaps read in one poll of a source (index children included). */
  @WithDefault("50")
  int maxSitemaps();

  /** Deepest sitemap index nesting followed. */
  @WithDefault("3")
  int maxSitemapDepth();

  /** Limit on a decoded discovery document (feed, sitemap, list, section page) in bytes. */
  @WithDefault("52428800")
  long maxDocumentBytes();

  /** How long a poll waits for the broker to acknowledge the URLs it publishes. */
  @WithDefault("30s")
  Duration publishTimeout();

  /** Query parameters removed from every URL; a trailing * makes a prefix. */
  @WithDefault(
      "utm_*,fbclid,gclid,gclsrc,dclid,msclkid,mc_cid,mc_eid,igshid,_ga,_gl,yclid,ref_src,ref_url,"
          + "twclid,ttclid,li_fat_id,wt_mc,_hsenc,_hsmi,mkt_tok,oly_anon_id,oly_enc_id,vero_id,"
          + "wickedid")
  List<String> trackingParameters();

  /** Link depth followed from a site source's section page when it names none. */
  @WithDefault("1")
  int siteMaxDepth();

  /** Most pages read when following the links of one site source in one poll. */
  @WithDefault("20")
  int siteMaxPages();
}
