package io.broadsheet.extractor.extract.profile;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Site profiles from a file that may change while the service runs (a Kubernetes ConfigMap is
 * updated in place). The file's modification time is checked at most once per interval; a changed
 * file is re-read, and a broken one is reported and ignored, keeping the last good profiles, so an
 * operator's typo never stops extraction.
 */
public final class ReloadingSiteProfiles implements Supplier<SiteProfiles> {

  private static final System.Logger LOG = System.getLogger(ReloadingSiteProfiles.class.getName());

  private final Path file;
  private final Duration checkInterval;
  private final Clock clock;
  private volatile SiteProfiles current;
  private volatile FileTime loadedVersion;
  private volatile Instant nextCheck;

  /**
   * Loads the file now.
   *
   * @throws SiteProfiles.InvalidProfileException when the file is missing or invalid at start-up
   */
  public ReloadingSiteProfiles(Path file, Duration checkInterval, Clock clock) {
    this.file = file;
    this.checkInterval = checkInterval;
    this.clock = clock;
    this.loadedVersion = modified();
    if (loadedVersion == null) {
      throw new SiteProfiles.InvalidProfileException("site profile file not found: " + file);
    }
    this.current = SiteProfiles.load(file);
    this.nextCheck = clock.instant().plus(checkInterval);
  }

  @Override
  public SiteProfiles get() {
    Instant now = clock.instant();
    if (now.isBefore(nextCheck)) {
      return current;
    }
    synchronized (this) {
      if (now.isBefore(nextCheck)) {
        return current;
      }
      nextCheck = now.plus(checkInterval);
      FileTime version = modified();
      if (version != null && !version.equals(loadedVersion)) {
        try {
          current = SiteProfiles.load(file);
          LOG.log(Level.INFO, "reloaded {0} site profile(s) from {1}", current.all().size(), file);
        } catch (SiteProfiles.InvalidProfileException e) {
          LOG.log(Level.WARNING, "keeping the previous site profiles: {0}", e.getMessage());
        }
        loadedVersion = version;
      }
      return current;
    }
  }

  private FileTime modified() {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return null;
    }
  }
}
