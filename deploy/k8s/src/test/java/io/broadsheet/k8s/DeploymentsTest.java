package io.broadsheet.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each Deployment and Service matches the port, health paths and shutdown of its service. */
class DeploymentsTest {

  /** What SmallRye Health serves under the default /q root (quarkus-smallrye-health). */
  private static final String LIVE = "/q/health/live";

  private static final String READY = "/q/health/ready";
  private static final String STARTED = "/q/health/started";

  private static JsonNode container(String service) {
    JsonNode containers =
        Repo.baseResource("Deployment", service).path("spec").path("template").path("spec");
    assertThat(containers.path("containers")).hasSize(1);
    return containers.path("containers").get(0);
  }

  private static int httpPort(String service) {
    return Integer.parseInt(Repo.prodValue(Repo.properties(service), "quarkus.http.port"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fetcher", "extractor", "indexer"})
  void theContainerPortIsTheServicesHttpPort(String service) {
    JsonNode port = container(service).path("ports").get(0);
    assertThat(port.path("name").asText()).isEqualTo("http");
    assertThat(port.path("containerPort").asInt()).isEqualTo(httpPort(service));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fetcher", "extractor", "indexer"})
  void theImageRunsTheFastJarAndExposesTheServicesHttpPort(String service) {
    String dockerfile =
        Repo.read(Repo.ROOT.resolve("deploy/images").resolve(service).resolve("Dockerfile"));
    assertThat(dockerfile)
        .containsPattern("(?m)^EXPOSE " + httpPort(service) + "$")
        .containsPattern("(?m)^USER 185$")
        .contains("COPY target/quarkus-app/lib/", "quarkus-run.jar");
    assertThat(container(service).at("/image").asText()).isEqualTo("broadsheet/" + service);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fetcher", "extractor", "indexer"})
  void theServiceForwardsTheHttpPort(String service) {
    JsonNode port = Repo.baseResource("Service", service).path("spec").path("ports").get(0);
    assertThat(port.path("port").asInt()).isEqualTo(httpPort(service));
    assertThat(port.path("targetPort").asText()).isEqualTo("http");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fetcher", "extractor", "indexer"})
  void probesAskSmallRyeHealthOnTheHttpPort(String service) {
    Properties props = Repo.properties(service);
    // The paths below hold only while the services keep Quarkus' default roots.
    assertThat(props.stringPropertyNames())
        .noneMatch(k -> k.endsWith("quarkus.smallrye-health.root-path"))
        .noneMatch(k -> k.endsWith("quarkus.http.non-application-root-path"));
    JsonNode c = container(service);
    assertProbe(c.path("livenessProbe"), LIVE);
    assertProbe(c.path("readinessProbe"), READY);
    assertProbe(c.path("startupProbe"), STARTED);
  }

  private static void assertProbe(JsonNode probe, String path) {
    assertThat(probe.path("httpGet").path("path").asText()).isEqualTo(path);
    assertThat(probe.path("httpGet").path("port").asText()).isEqualTo("http");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fetcher", "extractor", "indexer"})
  void theGracePeriodCoversPreStopAndTheServicesOwnShutdownTimeout(String service) {
    JsonNode pod = Repo.baseResource("Deployment", service).path("spec").path("template");
    long grace = pod.path("spec").path("terminationGracePeriodSeconds").asLong();
    long preStop =
        Long.parseLong(container(service).at("/lifecycle/preStop/exec/command/1").asText());
    // Unset, Quarkus would stop without waiting for in-flight requests: every service sets one,
    // and the pod is given at least that long after preStop.
    String shutdown = Repo.prodValue(Repo.properties(service), "quarkus.shutdown.timeout");
    assertThat(shutdown).as("quarkus.shutdown.timeout of " + service).isNotNull();
    assertThat(grace).isGreaterThan(preStop + seconds(shutdown)).isGreaterThan(30);
  }

  @ParameterizedTest
  @CsvSource({"fetcher, 60", "extractor, 20", "indexer, 30"})
  void eachServiceSetsTheShutdownTimeoutItsDeploymentIsSizedFor(String service, long expected) {
    // The grace periods and the README's table are made of these figures.
    assertThat(seconds(Repo.prodValue(Repo.properties(service), "quarkus.shutdown.timeout")))
        .isEqualTo(expected);
  }

  @Test
  void theFetchersGracePeriodLetsItHandItsHostsOverOnShutdown() {
    // On shutdown the fetcher waits up to revoke-wait for its hosts' requests and delays.
    long revokeWait =
        seconds(Repo.prodValue(Repo.properties("fetcher"), "broadsheet.politeness.revoke-wait"));
    long grace =
        Repo.baseResource("Deployment", "fetcher")
            .at("/spec/template/spec/terminationGracePeriodSeconds")
            .asLong();
    assertThat(grace).isGreaterThanOrEqualTo(5 + revokeWait + 10);
  }

  /** Quarkus durations: "45s", "2m", "PT45S", or a bare number of seconds. */
  static long seconds(String value) {
    String v = value.trim();
    if (v.matches("\\d+")) {
      return Long.parseLong(v);
    }
    if (v.matches("\\d+(ms|s|m|h|d)")) {
      v = (v.endsWith("d") ? "P" : "PT") + v.toUpperCase();
      if (v.endsWith("MS")) {
        return 0;
      }
    }
    return Duration.parse(v).toSeconds();
  }
}
