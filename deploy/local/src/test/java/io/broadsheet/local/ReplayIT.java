package io.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.testsupport.FreePorts;
import io.broadsheet.testsupport.KafkaBroker;
import io.broadsheet.testsupport.PostgresServer;
import io.broadsheet.testsupport.SharedInfra;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #6's replay, end to end with the packaged services: pages are fetched and indexed once,
 * then only the extractor is restarted with a site profile (the "newer extractor") and asked to
 * replay the pages it already has in {@code broadsheet.pages.fetched}. The indexer must show a
 * second version of the article whose title the profile changed, and nothing new for the page the
 * profile does not change; the fixture site must not be asked for any page again.
 */
class ReplayIT {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(90);
  // As in PipelineIT: three JVMs on two cores start faster with C1 only and the serial collector.
  private static final List<String> JVM_OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m");
  // Titles the bridge page by its standfirst instead of its <h1>; the library page has no
  // standfirst, so the rule matches nothing there and its extraction stays as it was.
  private static final String PROFILE =
      """
      profiles:
        - name: fixture-courier
          hosts: ["127.0.0.1"]
          title: "p.standfirst"
      """;
  private static final String NEW_TITLE =
      "The swing bridge over the inner harbour carries traffic again, two weeks ahead of schedule.";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static Path root;
  private static Path logs;
  private static KafkaBroker kafka;
  private static PostgresServer database;
  private static FixtureNewsSite site;
  private static final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);

  @BeforeAll
  static void startPipeline() {
    root = Path.of(System.getProperty("broadsheet.root", "../.."));
    logs = Path.of(System.getProperty("broadsheet.logs", "target/pipeline-it")).resolve("replay");
    for (Service service : Service.values()) {
      if (!Files.isRegularFile(service.jar(root))) {
        fail("ReplayIT runs the packaged services; build them first: missing " + service.jar(root));
      }
    }
    kafka = SharedInfra.kafka();
    database = SharedInfra.postgres();
    site = FixtureNewsSite.start();
    for (Service service : Service.values()) {
      start(service, Map.of(), "");
    }
    services.values().forEach(s -> s.awaitReady(READY_TIMEOUT));
  }

  @AfterAll
  static void stopPipeline() {
    services.values().forEach(ServiceProcess::requestStop);
    services.values().forEach(ServiceProcess::close);
    if (site != null) {
      site.close();
    }
  }

  @Test
  void aNewerExtractorReplaysKeptPagesIntoNewArticleVersionsWithoutFetchingThemAgain()
      throws Exception {
    // From now: PipelineIT shares the broker, and its fixture site is 127.0.0.1 as well.
    Instant from = Instant.now();
    int servedBefore = site.pageRequests();
    String bridge = site.url(FixtureNewsSite.BRIDGE);
    String library = site.url(FixtureNewsSite.LIBRARY);
    submit(bridge, library);
    Map<String, JsonNode> before =
        awaitValue(
            "2 indexed articles",
            ReplayIT::listArticles,
            a -> a.keySet().containsAll(List.of(bridge, library)));
    assertThat(before.get(bridge).path("version").asInt()).isEqualTo(1);
    String firstTitle = before.get(bridge).path("title").asText();
    assertThat(firstTitle).isEqualTo("Harbour bridge reopens after eight months of repairs");
    int fetchedPages = site.pageRequests();

    // The newer extractor: the same jar with a site profile for the fixture site.
    Path profile = Files.createTempFile("replay-profile", ".yaml");
    Files.writeString(profile, PROFILE);
    ServiceProcess old = services.remove(Service.EXTRACTOR);
    old.requestStop();
    old.close();
    start(
        Service.EXTRACTOR,
        Map.of("broadsheet.extractor.site-profiles", profile.toString()),
        "-newer");
    services.get(Service.EXTRACTOR).awaitReady(READY_TIMEOUT);

    Instant to = Instant.now();
    JsonNode started =
        send(
            Service.EXTRACTOR,
            "POST",
            "/replay",
            JSON.writeValueAsString(
                Map.of("from", from.toString(), "to", to.toString(), "site", "127.0.0.1")),
            202);
    String id = started.path("id").asText();
    JsonNode job =
        awaitValue(
            "replay " + id + " to finish",
            () -> send(Service.EXTRACTOR, "GET", "/replay/" + id, null, 200),
            j -> !List.of("queued", "running").contains(j.path("status").asText()));
    assertThat(job.path("status").asText()).as("job %s", job).isEqualTo("done");
    // One record per page the site served since the start (a retried fetch is one more record).
    assertThat(job.path("matched").asLong())
        .as("job %s", job)
        .isEqualTo(fetchedPages - servedBefore);
    assertThat(job.path("extracted").asLong())
        .as("job %s", job)
        .isEqualTo(job.path("matched").asLong());
    assertThat(job.path("failed").asLong()).as("job %s", job).isZero();

    String bridgeId = before.get(bridge).path("id").asText();
    JsonNode revised =
        awaitValue(
            "version 2 of " + bridge,
            () -> send(Service.INDEXER, "GET", "/articles/" + bridgeId, null, 200),
            a -> a.path("version").asInt() >= 2);
    assertThat(revised.path("version").asInt()).isEqualTo(2);
    assertThat(revised.path("title").asText()).isEqualTo(NEW_TITLE);
    JsonNode versions = revised.path("versions");
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).path("title").asText()).isEqualTo(firstTitle);
    assertThat(versions.get(1).path("changed"))
        .extracting(JsonNode::asText)
        .containsExactly("title");
    JsonNode first =
        send(Service.INDEXER, "GET", "/articles/" + bridgeId + "/versions/1", null, 200);
    assertThat(first.path("title").asText()).isEqualTo(firstTitle);

    // The library page came out the same, so the indexer kept its single version.
    JsonNode libraryNow =
        send(
            Service.INDEXER,
            "GET",
            "/articles/" + before.get(library).path("id").asText(),
            null,
            200);
    assertThat(libraryNow.path("version").asInt()).isEqualTo(1);
    assertThat(site.pageRequests()).as("pages served to the fetcher").isEqualTo(fetchedPages);
  }

  private static void start(Service service, Map<String, String> extra, String logSuffix) {
    int port = FreePorts.pick();
    Map<String, String> config =
        new java.util.LinkedHashMap<>(
            ServiceConfig.forService(service, port, kafka.bootstrapServers(), database));
    config.putAll(extra);
    services.put(
        service,
        ServiceProcess.startJar(
            service.module(),
            service.jar(root),
            config,
            JVM_OPTIONS,
            port,
            logs.resolve(service.module() + logSuffix + ".log")));
  }

  private static void submit(String... urls) throws IOException {
    send(
        Service.FETCHER,
        "POST",
        "/urls",
        JSON.writeValueAsString(Map.of("urls", List.of(urls))),
        202);
  }

  /** This test's articles on the first page of {@code GET /articles} (PipelineIT shares it). */
  private static Map<String, JsonNode> listArticles() {
    JsonNode page = send(Service.INDEXER, "GET", "/articles", null, 200);
    return StreamSupport.stream(page.path("items").spliterator(), false)
        .filter(item -> item.path("canonical_url").asText().startsWith(site.url("/")))
        .collect(Collectors.toMap(item -> item.path("canonical_url").asText(), item -> item));
  }

  private static JsonNode send(
      Service service, String method, String path, String body, int expectedStatus) {
    URI uri = services.get(service).baseUri().resolve(path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode())
          .as("%s %s answered: %s", method, path, response.body())
          .isEqualTo(expectedStatus);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls {@code read} until {@code done} accepts its value, failing if a service died. */
  private static <T> T awaitValue(String what, Supplier<T> read, Predicate<T> done) {
    Instant deadline = Instant.now().plus(PIPELINE_TIMEOUT);
    Optional<T> last = Optional.empty();
    while (Instant.now().isBefore(deadline)) {
      services.values().forEach(ServiceProcess::checkAlive);
      T value = read.get();
      last = Optional.ofNullable(value);
      if (done.test(value)) {
        return value;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    List<String> logFiles = new ArrayList<>();
    services.values().forEach(s -> logFiles.add(s.log().toString()));
    return fail(
        "waited %d s for %s; last saw %s; service logs: %s",
        PIPELINE_TIMEOUT.toSeconds(), what, last.map(Object::toString).orElse("nothing"), logFiles);
  }
}
