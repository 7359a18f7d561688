package io.broadsheet.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every environment variable the manifests set reaches a real config property, and no credential is
 * written in a manifest.
 */
class EnvironmentTest {

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)[:}]");
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(password|secret|token|credential).*");

  /**
   * The names a service reads from the environment: those its properties reference as {@code
   * ${NAME:default}}, and every property key in MicroProfile Config's environment form (upper case,
   * each non-alphanumeric character as '_').
   */
  static Set<String> environmentNames(String service) {
    Properties props = Repo.properties(service);
    Set<String> names = new TreeSet<>();
    for (String key : props.stringPropertyNames()) {
      String plain = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
      names.add(plain.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
      Matcher m = REFERENCE.matcher(props.getProperty(key));
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** Env names a service's manifests set: its Deployments' env and its -env ConfigMaps' keys. */
  private static Set<String> namesSet(String service) {
    Set<String> set = new TreeSet<>();
    for (JsonNode deployment : Repo.named("Deployment", service)) {
      for (JsonNode c : deployment.at("/spec/template/spec/containers")) {
        c.path("env").forEach(e -> set.add(e.path("name").asText()));
      }
    }
    for (JsonNode configMap : Repo.named("ConfigMap", service + "-env")) {
      configMap.path("data").fieldNames().forEachRemaining(set::add);
    }
    return set;
  }

  @ParameterizedTest
  @ValueSource(strings = {"fetcher", "extractor", "indexer"})
  void everyVariableTheManifestsSetMapsToAPropertyOfTheService(String service) {
    Set<String> set = namesSet(service);
    assertThat(set).contains("KAFKA_BOOTSTRAP_SERVERS");
    assertThat(environmentNames(service)).containsAll(set);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fetcher", "extractor", "indexer"})
  void theDeploymentTakesItsVariablesFromItsOwnConfigMap(String service) {
    JsonNode c = Repo.baseResource("Deployment", service).at("/spec/template/spec/containers/0");
    assertThat(c.path("envFrom").findValuesAsText("name")).containsExactly(service + "-env");
    assertThat(Repo.baseResource("ConfigMap", service + "-env").path("data")).isNotEmpty();
  }

  @Test
  void theServicesWithADatabaseGetItsUrlFromTheConfigMapAndCredentialsFromTheSecret() {
    for (String service : new String[] {"fetcher", "indexer"}) {
      assertThat(environmentNames(service))
          .contains("BROADSHEET_DB_URL", "BROADSHEET_DB_USER", "BROADSHEET_DB_PASSWORD");
      assertThat(
              Repo.baseResource("ConfigMap", service + "-env")
                  .path("data")
                  .has("BROADSHEET_DB_URL"))
          .isTrue();
      JsonNode env =
          Repo.baseResource("Deployment", service).at("/spec/template/spec/containers/0/env");
      for (String name : new String[] {"BROADSHEET_DB_USER", "BROADSHEET_DB_PASSWORD"}) {
        JsonNode ref = null;
        for (JsonNode e : env) {
          if (e.path("name").asText().equals(name)) {
            ref = e.at("/valueFrom/secretKeyRef");
          }
        }
        assertThat(ref).as("%s of %s", name, service).isNotNull();
        assertThat(ref.path("name").asText()).isEqualTo("broadsheet-db");
      }
    }
  }

  @Test
  void theFetcherReadsItsSourcesFileFromTheMountedConfigMap() {
    String file =
        Repo.baseResource("ConfigMap", "fetcher-env").at("/data/BROADSHEET_SOURCES_FILE").asText();
    assertThat(Repo.properties("fetcher").getProperty("%prod.broadsheet.discovery.sources-file"))
        .contains("${BROADSHEET_SOURCES_FILE");
    JsonNode pod = Repo.baseResource("Deployment", "fetcher").at("/spec/template/spec");
    JsonNode mount = pod.at("/containers/0/volumeMounts/0");
    assertThat(file).isEqualTo(mount.path("mountPath").asText() + "/sources.yml");
    assertThat(pod.at("/volumes/0/name").asText()).isEqualTo(mount.path("name").asText());
    assertThat(pod.at("/volumes/0/configMap/name").asText()).isEqualTo("fetcher-sources");
  }

  @Test
  void theExtractorReadsItsSiteProfilesFromTheMountedConfigMap() {
    String file =
        Repo.baseResource("ConfigMap", "extractor-env")
            .at("/data/BROADSHEET_EXTRACTOR_SITE_PROFILES")
            .asText();
    assertThat(Repo.properties("extractor").getProperty("broadsheet.extractor.site-profiles"))
        .contains("${BROADSHEET_EXTRACTOR_SITE_PROFILES");
    JsonNode pod = Repo.baseResource("Deployment", "extractor").at("/spec/template/spec");
    JsonNode mount = null;
    for (JsonNode m : pod.at("/containers/0/volumeMounts")) {
      if (file.startsWith(m.path("mountPath").asText() + "/")) {
        mount = m;
      }
    }
    assertThat(mount).as("a volume mounted where " + file + " is").isNotNull();
    JsonNode volume = null;
    for (JsonNode v : pod.path("volumes")) {
      if (v.path("name").asText().equals(mount.path("name").asText())) {
        volume = v;
      }
    }
    assertThat(volume).isNotNull();
    assertThat(volume.at("/configMap/name").asText()).isEqualTo("extractor-site-profiles");
    assertThat(file).isEqualTo(mount.path("mountPath").asText() + "/site-profiles.yml");
  }

  @Test
  void everyServiceExportsTracesToOneCollectorAndFollowsTheFetchersSamplingDecision() {
    Set<String> endpoints = new TreeSet<>();
    for (String service : new String[] {"fetcher", "extractor", "indexer"}) {
      JsonNode data = Repo.baseResource("ConfigMap", service + "-env").path("data");
      endpoints.add(data.path("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").asText());
      // The sampler is fixed when the service is built (Quarkus ignores it at run time, with a
      // warning); only its ratio can be set here.
      assertThat(data.has("QUARKUS_OTEL_TRACES_SAMPLER")).as(service).isFalse();
      assertThat(Repo.properties(service).getProperty("quarkus.otel.traces.sampler"))
          .as(service)
          .isEqualTo("parentbased_traceidratio");
      double ratio = Double.parseDouble(data.path("QUARKUS_OTEL_TRACES_SAMPLER_ARG").asText());
      assertThat(ratio).as(service).isBetween(0.0, 1.0);
    }
    assertThat(endpoints).hasSize(1).allMatch(e -> e.startsWith("http"));
  }

  @Test
  void noManifestHoldsACredential() {
    for (JsonNode doc : Repo.allDocuments()) {
      String kind = doc.path("kind").asText();
      if (kind.equals("Secret")) {
        assertThat(doc.has("stringData") || doc.has("data"))
            .as("Secret %s carries values", doc.at("/metadata/name"))
            .isFalse();
      }
      if (kind.equals("ConfigMap")) {
        doc.path("data")
            .fieldNames()
            .forEachRemaining(k -> assertThat(k).doesNotMatch(SECRET_NAME));
      }
      assertNoLiteralSecret(doc);
    }
  }

  /** No field named like a secret has a literal value, and no such env var has a value. */
  private static void assertNoLiteralSecret(JsonNode node) {
    if (node.isObject()) {
      if (node.has("name")
          && node.has("value")
          && SECRET_NAME.matcher(node.path("name").asText()).matches()) {
        throw new AssertionError("env " + node.path("name").asText() + " has a literal value");
      }
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (SECRET_NAME.matcher(field.getKey()).matches() && field.getValue().isValueNode()) {
          throw new AssertionError(field.getKey() + ": has a literal value");
        }
        assertNoLiteralSecret(field.getValue());
      }
    } else if (node.isArray()) {
      node.forEach(EnvironmentTest::assertNoLiteralSecret);
    }
  }
}
