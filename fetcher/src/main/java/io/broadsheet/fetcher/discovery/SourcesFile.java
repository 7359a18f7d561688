package io.broadsheet.fetcher.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the sources file: YAML with a top-level {@code sources} list, each entry {@code url}
 * (required), {@code kind}, {@code interval}, and for sites {@code include}, {@code exclude},
 * {@code max_depth}. The whole file is checked before anything is used: an unknown key, a bad value
 * or a duplicate URL fails it with the entry's position and the reason.
 *
 * <pre>
 * sources:
 *   - url: https://news.example.org/rss.xml
 *     kind: feed
 *     interval: PT5M
 * </pre>
 */
public final class SourcesFile {

  private static final List<String> KEYS =
      List.of("url", "kind", "interval", "include", "exclude", "max_depth");

  /** The file is unusable; the message names the file, the entry and what is wrong. */
  public static final class InvalidSourcesFileException extends Exception {
    InvalidSourcesFileException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final SourceSpecs specs;

  public SourcesFile(SourceSpecs specs) {
    this.specs = specs;
  }

  /** The sources of {@code file}, in order. */
  public List<SourceSpec> read(Path file) throws InvalidSourcesFileException {
    byte[] yaml;
    try {
      yaml = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidSourcesFileException("sources file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new InvalidSourcesFileException("cannot read sources file " + file + ": " + e, e);
    }
    return parse(yaml, file.toString());
  }

  /** The sources of {@code yaml} (named {@code name} in messages), in order. */
  public List<SourceSpec> parse(byte[] yaml, String name) throws InvalidSourcesFileException {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new InvalidSourcesFileException(name + " is not valid YAML: " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return List.of();
    }
    if (!root.isObject()) {
      throw new InvalidSourcesFileException(
          name + ": expected a mapping with a \"sources\" list", null);
    }
    JsonNode list = root.get("sources");
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new InvalidSourcesFileException(name + ": \"sources\" must be a list", null);
    }
    List<SourceSpec> sources = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      String where = name + ": sources[" + i + "]";
      if (!entry.isObject()) {
        throw new InvalidSourcesFileException(where + " must be a mapping with \"url\"", null);
      }
      for (Iterator<String> keys = entry.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!KEYS.contains(key)) {
          throw new InvalidSourcesFileException(
              where + ": unknown key \"" + key + "\"; expected one of " + KEYS, null);
        }
      }
      try {
        Integer depth = null;
        JsonNode depthNode = entry.get("max_depth");
        if (depthNode != null && !depthNode.isNull()) {
          if (!depthNode.canConvertToInt() || !depthNode.isIntegralNumber()) {
            throw new SourceSpecs.InvalidSourceException("\"max_depth\" must be an integer");
          }
          depth = depthNode.intValue();
        }
        SourceSpec spec =
            specs.check(
                text(entry, "url"),
                text(entry, "kind"),
                text(entry, "interval"),
                text(entry, "include"),
                text(entry, "exclude"),
                depth);
        if (urls.contains(spec.url())) {
          throw new SourceSpecs.InvalidSourceException(
              "duplicate of sources[" + urls.indexOf(spec.url()) + "]: " + spec.url());
        }
        urls.add(spec.url());
        sources.add(spec);
      } catch (SourceSpecs.InvalidSourceException e) {
        throw new InvalidSourcesFileException(where + ": " + e.getMessage(), e);
      }
    }
    return sources;
  }

  private static String text(JsonNode entry, String key) throws SourceSpecs.InvalidSourceException {
    JsonNode value = entry.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode() || value.isBoolean()) {
      throw new SourceSpecs.InvalidSourceException("\"" + key + "\" must be a string");
    }
    return value.asText();
  }
}
