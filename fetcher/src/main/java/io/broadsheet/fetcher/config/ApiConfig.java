package io.broadsheet.fetcher.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The URL submission API ({@code broadsheet.api.*}). */
@ConfigMapping(prefix = "broadsheet.api")
public interface ApiConfig {

  /** How long POST /urls waits for the broker to acknowledge the accepted URLs before a 503. */
  @WithDefault("15s")
  Duration publishTimeout();
}
