package io.broadsheet.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The manifests are well-formed and Kustomize finds every file it is told about, and no more. */
class ManifestFilesTest {

  @Test
  void everyYamlDocumentUnderDeployK8sParsesAndNamesItsKind() {
    assertThat(Repo.yamlFiles()).hasSizeGreaterThan(10);
    Set<Path> generatorInputs = new HashSet<>();
    kustomizations().forEach(k -> generatorInputs.addAll(generatorFiles(k)));
    for (Path file : Repo.yamlFiles()) {
      List<JsonNode> docs = Repo.documents(file);
      assertThat(docs).as("%s has a document", file).isNotEmpty();
      if (generatorInputs.contains(file)) {
        continue; // a file a ConfigMap is generated from (the sources file): it need only parse
      }
      for (JsonNode doc : docs) {
        // JSON 6902 patches are lists of operations; everything else is an object with a kind.
        if (doc.isArray()) {
          doc.forEach(op -> assertThat(op.has("op") && op.has("path")).as("%s", file).isTrue());
        } else {
          assertThat(doc.path("kind").asText()).as("kind in %s", file).isNotBlank();
        }
      }
    }
  }

  @Test
  void theGrafanaDashboardIsValidJsonWithPanels() throws Exception {
    JsonNode dashboard =
        Repo.JSON.readTree(Repo.BASE.resolve("monitoring/broadsheet-dashboard.json").toFile());
    assertThat(dashboard.path("panels")).isNotEmpty();
  }

  @Test
  void everyFileAKustomizationListsExists() {
    for (Path kustomization : kustomizations()) {
      for (Path listed : listedIn(kustomization)) {
        assertThat(listed).as("listed in %s", kustomization).exists();
        if (Files.isDirectory(listed)) {
          assertThat(listed.resolve("kustomization.yaml")).exists();
        }
      }
    }
  }

  @Test
  void everyFileUnderBaseIsListedInTheBaseKustomization() {
    Set<Path> listed = new HashSet<>(listedIn(Repo.BASE.resolve("kustomization.yaml")));
    List<Path> files = Repo.files(Repo.BASE, ".yaml", ".yml", ".json");
    for (Path file : files) {
      if (!file.getFileName().toString().equals("kustomization.yaml")) {
        assertThat(listed).as("the base kustomization lists %s", file).contains(file);
      }
    }
  }

  private static List<Path> kustomizations() {
    return Repo.yamlFiles().stream()
        .filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
        .toList();
  }

  /** Resources, components, patch files and generator files, resolved against the file's dir. */
  private static List<Path> listedIn(Path kustomization) {
    Path dir = kustomization.getParent();
    JsonNode k = Repo.documents(kustomization).get(0);
    List<Path> paths = new ArrayList<>();
    k.path("resources").forEach(r -> paths.add(dir.resolve(r.asText()).normalize()));
    k.path("components").forEach(c -> paths.add(dir.resolve(c.asText()).normalize()));
    k.path("patches")
        .forEach(
            p -> {
              if (p.has("path")) {
                paths.add(dir.resolve(p.path("path").asText()).normalize());
              }
            });
    paths.addAll(generatorFiles(kustomization));
    return paths;
  }

  /** Files ConfigMaps and Secrets are generated from ("key=path" names the key). */
  private static List<Path> generatorFiles(Path kustomization) {
    Path dir = kustomization.getParent();
    JsonNode k = Repo.documents(kustomization).get(0);
    List<Path> paths = new ArrayList<>();
    for (String generator : List.of("configMapGenerator", "secretGenerator")) {
      for (JsonNode g : k.path(generator)) {
        for (JsonNode f : g.path("files")) {
          String spec = f.asText();
          paths.add(dir.resolve(spec.substring(spec.indexOf('=') + 1)).normalize());
        }
      }
    }
    return paths;
  }
}
