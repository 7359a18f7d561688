package io.broadsheet.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Prometheus scrapes where the services serve metrics, and alerts graph what the code exports. */
class MonitoringTest {

  /** A meter registered by name: Counter.builder("x"), registry.counter("x"), or a constant. */
  private static final Pattern METER =
      Pattern.compile(
          "(?:(?:Counter|FunctionCounter|Timer|Gauge|MultiGauge|DistributionSummary|LongTaskTimer)"
              + "\\.builder|registry\\.(?:counter|timer|gauge|summary))\\(\\s*"
              + "(?:\"([^\"]+)\"|([A-Za-z_][A-Za-z0-9_.]*))");

  private static final Pattern CONSTANT =
      Pattern.compile("String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]+)\"");

  private static final Pattern PROMETHEUS_NAME = Pattern.compile("\\bbroadsheet_[a-z0-9_]+");

  /** What Micrometer's Prometheus registry appends to a meter's name, by meter type. */
  private static final List<String> SUFFIXES =
      List.of(
          "",
          "_total",
          "_seconds_count",
          "_seconds_sum",
          "_seconds_max",
          "_seconds_bucket",
          "_count",
          "_sum",
          "_max",
          "_bucket");

  /** Every meter name the services register, from their Java sources. */
  static Set<String> meterNames() {
    Set<String> names = new TreeSet<>();
    for (String service : Repo.SERVICES) {
      List<Path> sources = Repo.files(Repo.ROOT.resolve(service).resolve("src/main/java"), ".java");
      Map<String, String> constants = new HashMap<>();
      for (Path source : sources) {
        Matcher c = CONSTANT.matcher(Repo.read(source));
        while (c.find()) {
          constants.put(c.group(1), c.group(2));
        }
      }
      for (Path source : sources) {
        Matcher m = METER.matcher(Repo.read(source));
        while (m.find()) {
          if (m.group(1) != null) {
            names.add(m.group(1));
          } else {
            String ref = m.group(2);
            String value = constants.get(ref.substring(ref.lastIndexOf('.') + 1));
            if (value != null) {
              names.add(value);
            }
          }
        }
      }
    }
    return names;
  }

  static Set<String> prometheusNamesIn(Path file) {
    Set<String> names = new TreeSet<>();
    Matcher m = PROMETHEUS_NAME.matcher(Repo.read(file));
    while (m.find()) {
      names.add(m.group());
    }
    return names;
  }

  @Test
  void theMeterScanFindsTheServicesMeters() {
    // Guards the scan itself: if it found nothing, the test below would pass on any name.
    assertThat(meterNames())
        .contains(
            "broadsheet.pages.fetched",
            "broadsheet.articles.extracted",
            "broadsheet.articles.indexed");
  }

  @Test
  void everyBroadsheetMetricInTheAlertsAndTheDashboardIsExportedByAService() {
    Set<String> exported = new TreeSet<>();
    for (String meter : meterNames()) {
      for (String suffix : SUFFIXES) {
        exported.add(meter.replace('.', '_') + suffix);
      }
    }
    for (Path file :
        List.of(
            Repo.BASE.resolve("monitoring/prometheusrule.yaml"),
            Repo.BASE.resolve("monitoring/broadsheet-dashboard.json"))) {
      Set<String> used = prometheusNamesIn(file);
      assertThat(used).as("broadsheet metrics in %s", file.getFileName()).isNotEmpty();
      assertThat(exported).as("metrics exported, used in %s", file.getFileName()).containsAll(used);
    }
  }

  @Test
  void theLagAlertsWatchTheRealConsumerGroups() {
    String rules = Repo.read(Repo.BASE.resolve("monitoring/prometheusrule.yaml"));
    for (String service : Repo.SERVICES) {
      String channel = Repo.incomingTopics(service).keySet().iterator().next();
      String group =
          Repo.properties(service).getProperty("mp.messaging.incoming." + channel + ".group.id");
      assertThat(group).startsWith("broadsheet-");
      assertThat(rules).contains(group.substring("broadsheet-".length()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fetcher", "extractor", "indexer"})
  void theServiceMonitorScrapesTheServicesMetricsPath(String service) {
    String path =
        Repo.prodValue(Repo.properties(service), "quarkus.micrometer.export.prometheus.path");
    JsonNode endpoint = Repo.baseResource("ServiceMonitor", service).at("/spec/endpoints/0");
    assertThat(endpoint.path("path").asText()).isEqualTo(path == null ? "/q/metrics" : path);
    assertThat(endpoint.path("port").asText()).isEqualTo("http");
    assertThat(Repo.baseResource("ServiceMonitor", service).at("/spec/selector/matchLabels"))
        .isEqualTo(Repo.baseResource("Service", service).at("/spec/selector"));
  }
}
