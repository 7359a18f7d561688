package io.broadsheet.extractor.extract.profile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The site profiles in force, read from a YAML (or JSON) file such as a mounted ConfigMap:
 *
 * <pre>
 * profiles:
 *   - name: example-news
 *     hosts: [news.example.org]
 *     body: "div.story-body"
 *     drop: [".promo-box", "aside.related"]
 *     authors: ".byline a[rel=author]"
 *     published: "time.published@datetime"
 * </pre>
 *
 * Every selector is compiled when the file is read, so a typo fails loudly at load time with the
 * profile's name rather than silently matching nothing.
 */
public final class SiteProfiles {

  /** No profiles: the generic extractor everywhere. */
  public static final SiteProfiles NONE = new SiteProfiles(List.of());

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final List<SiteProfile> profiles;

  public SiteProfiles(List<SiteProfile> profiles) {
    this.profiles = List.copyOf(profiles);
  }

  /**
   * Reads and validates a profile file.
   *
   * @throws InvalidProfileException naming the file and what is wrong with it
   */
  public static SiteProfiles load(Path file) {
    File parsed;
    try {
      parsed = YAML.readValue(Files.readAllBytes(file), File.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidProfileException(
          "cannot read site profiles " + file + ": " + e.getMessage());
    }
    List<SiteProfile> profiles =
        parsed == null || parsed.profiles() == null ? List.of() : parsed.profiles();
    for (SiteProfile p : profiles) {
      validate(file, p);
    }
    return new SiteProfiles(profiles);
  }

  /** The first profile that applies to {@code host}, if any. */
  public Optional<SiteProfile> forHost(String host) {
    return profiles.stream().filter(p -> p.appliesTo(host)).findFirst();
  }

  public List<SiteProfile> all() {
    return profiles;
  }

  private static void validate(Path file, SiteProfile p) {
    for (String selector : p.drop()) {
      compile(file, p, "drop", selector);
    }
    compile(file, p, "body", p.body());
    compile(file, p, "title", p.title());
    compile(file, p, "authors", p.authors());
    compile(file, p, "published", ProfileSelector.of(p.published()).css());
    compile(file, p, "section", p.section());
    compile(file, p, "topics", p.topics());
  }

  private static Evaluator compile(Path file, SiteProfile p, String rule, String selector) {
    if (selector == null) {
      return null;
    }
    try {
      return QueryParser.parse(selector);
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      throw new InvalidProfileException(
          "%s: profile %s, rule %s: bad CSS selector '%s': %s"
              .formatted(file, p.name(), rule, selector, e.getMessage()));
    }
  }

  /** The file's shape. */
  record File(List<SiteProfile> profiles) {}

  /** A profile file that cannot be used. */
  public static final class InvalidProfileException extends RuntimeException {
    public InvalidProfileException(String message) {
      super(message);
    }
  }
}
