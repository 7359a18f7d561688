package io.broadsheet.fetcher.service;

import io.broadsheet.fetcher.config.DiscoveryConfig;
import io.broadsheet.fetcher.discovery.Source;
import io.broadsheet.fetcher.discovery.SourceSpec;
import io.broadsheet.fetcher.discovery.SourceSpecs;
import io.broadsheet.fetcher.discovery.SourceStore;
import io.broadsheet.fetcher.discovery.SourcesFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Manages sources: checked input in, stored sources out; the sources file upserted at start. */
@ApplicationScoped
public class SourceService {

  /** The {@code origin} of sources added through the API. */
  public static final String ORIGIN_API = "api";

  /** The {@code origin} of sources from the sources file. */
  public static final String ORIGIN_FILE = "file";

  private static final Logger LOG = Logger.getLogger(SourceService.class);

  private final SourceStore store;
  private final SourceSpecs specs;
  private final SourcesFile file;
  private final DiscoveryConfig config;
  private final Clock clock = Clock.systemUTC();

  public SourceService(
      SourceStore store, SourceSpecs specs, SourcesFile file, DiscoveryConfig config) {
    this.store = store;
    this.specs = specs;
    this.file = file;
    this.config = config;
  }

  /** The raw fields of a source as given, before checks. */
  public record Input(
      String url, String kind, String interval, String include, String exclude, Integer maxDepth) {}

  public Source create(Input input)
      throws SourceSpecs.InvalidSourceException, SourceStore.DuplicateUrlException, SQLException {
    return store.insert(check(input), ORIGIN_API, clock.instant());
  }

  public Optional<Source> replace(String id, Input input)
      throws SourceSpecs.InvalidSourceException, SourceStore.DuplicateUrlException, SQLException {
    return store.update(id, check(input), clock.instant());
  }

  public Optional<Source> find(String id) throws SQLException {
    return store.find(id);
  }

  public List<Source> list() throws SQLException {
    return store.list();
  }

  public boolean delete(String id) throws SQLException {
    return store.delete(id);
  }

  /**
   * Upserts the sources of {@code broadsheet.discovery.sources-file}, when set.
   *
   * @throws SourcesFile.InvalidSourcesFileException when the file is missing or wrong (the service
   *     does not start: a broken file must not pass unnoticed)
   */
  public void loadSourcesFile() throws SourcesFile.InvalidSourcesFileException, SQLException {
    if (config.sourcesFile().isEmpty() || config.sourcesFile().get().isBlank()) {
      return;
    }
    Path path = Path.of(config.sourcesFile().get());
    List<SourceSpec> sources = file.read(path);
    for (SourceSpec spec : sources) {
      store.upsert(spec, ORIGIN_FILE, clock.instant());
    }
    LOG.infof("loaded %d sources from %s", sources.size(), path);
  }

  private SourceSpec check(Input input) throws SourceSpecs.InvalidSourceException {
    return specs.check(
        input.url(),
        input.kind(),
        input.interval(),
        input.include(),
        input.exclude(),
        input.maxDepth());
  }
}
