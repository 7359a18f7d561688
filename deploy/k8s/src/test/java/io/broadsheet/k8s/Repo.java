package io.broadsheet.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The repository as the honesty tests see it: the manifests under deploy/k8s and the services' own
 * files (application.properties, Java sources), read from disk relative to this module, so a change
 * on either side is seen by the next build.
 */
final class Repo {

  /** The repository root: this module is deploy/k8s, and surefire runs in the module directory. */
  static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();

  static final Path K8S = ROOT.resolve("deploy/k8s");
  static final Path BASE = K8S.resolve("base");

  /** The consuming services, by the name their manifests and module directories share. */
  static final List<String> SERVICES = List.of("fetcher", "extractor", "indexer");

  static final ObjectMapper YAML = new YAMLMapper();
  static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern INCOMING_TOPIC =
      Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

  private Repo() {}

  /** Every YAML file under deploy/k8s (the module's own build output excluded). */
  static List<Path> yamlFiles() {
    // the build output and sources are left out before the walk, not after it: surefire writes
    // and renames its reports under target/ while these tests run, and a walk into it can meet a
    // file that is gone by the time it is read (NoSuchFileException)
    try (Stream<Path> top = Files.list(K8S)) {
      return top.filter(p -> !p.equals(K8S.resolve("target")) && !p.equals(K8S.resolve("src")))
          .flatMap(
              p ->
                  Files.isDirectory(p)
                      ? files(p, ".yaml", ".yml").stream()
                      : Stream.of(p).filter(f -> isYaml(f.getFileName().toString())))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isYaml(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  static List<Path> files(Path dir, String... suffixes) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> Stream.of(suffixes).anyMatch(s -> p.getFileName().toString().endsWith(s)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents of one YAML file; empty documents (a lone comment, a trailing ---) skipped. */
  static List<JsonNode> documents(Path file) {
    try (Reader reader = Files.newBufferedReader(file)) {
      List<JsonNode> docs = new ArrayList<>();
      try (var values =
          YAML.readerFor(JsonNode.class).readValues(new YAMLFactory().createParser(reader))) {
        while (values.hasNext()) {
          JsonNode doc = (JsonNode) values.next();
          if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
            docs.add(doc);
          }
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + ROOT.relativize(file), e);
    }
  }

  /** Every document of every manifest under deploy/k8s: base, overlays, components, patches. */
  static List<JsonNode> allDocuments() {
    return yamlFiles().stream().flatMap(f -> documents(f).stream()).toList();
  }

  /** Documents of {@code kind} named {@code name} anywhere under deploy/k8s (patches included). */
  static List<JsonNode> named(String kind, String name) {
    return allDocuments().stream()
        .filter(d -> kind.equals(d.path("kind").asText()))
        .filter(d -> name.equals(d.path("metadata").path("name").asText()))
        .toList();
  }

  /** The one document of {@code kind} named {@code name} in the base. */
  static JsonNode baseResource(String kind, String name) {
    List<JsonNode> found =
        files(BASE, ".yaml", ".yml").stream()
            .flatMap(f -> documents(f).stream())
            .filter(d -> kind.equals(d.path("kind").asText()))
            .filter(d -> name.equals(d.path("metadata").path("name").asText()))
            .toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " " + kind + " named " + name + " in the base");
    }
    return found.get(0);
  }

  /** The service's application.properties, every profile's keys as written (%prod.x kept). */
  static Properties properties(String service) {
    Path file = ROOT.resolve(service).resolve("src/main/resources/application.properties");
    Properties props = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      props.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }

  /** The value of {@code key} in the default or %prod profile (what a cluster runs), or null. */
  static String prodValue(Properties props, String key) {
    String prod = props.getProperty("%prod." + key);
    return prod != null ? prod : props.getProperty(key);
  }

  /** Incoming channel name to its topic, from {@code mp.messaging.incoming.<channel>.topic}. */
  static Map<String, String> incomingTopics(String service) {
    Map<String, String> topics = new java.util.TreeMap<>();
    properties(service)
        .forEach(
            (k, v) -> {
              Matcher m = INCOMING_TOPIC.matcher(k.toString());
              if (m.matches()) {
                topics.put(m.group(1), v.toString().trim());
              }
            });
    return topics;
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
