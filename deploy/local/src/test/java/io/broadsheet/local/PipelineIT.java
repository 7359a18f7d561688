package io.broadsheet.local;

import static io.broadsheet.events.PageFetchedRecord.REQUESTED_URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.events.Topics;
import io.broadsheet.testsupport.FreePorts;
import io.broadsheet.testsupport.KafkaBroker;
import io.broadsheet.testsupport.PostgresServer;
import io.broadsheet.testsupport.SharedInfra;
import io.broadsheet.testsupport.TestKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline as shipped: the three packaged services as separate processes, a real broker
 * and database, and a small news site on loopback. URLs go in at the fetcher; articles come out of
 * the indexer's API.
 */
class PipelineIT {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(90);
  // The services only need to start quickly and run briefly here: the C1 compiler and the serial
  // collector cut their start-up CPU, which matters with three JVMs on two cores.
  private static final List<String> JVM_OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static KafkaBroker kafka;
  private static FixtureNewsSite site;
  private static final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);

  @BeforeAll
  static void startPipeline() throws IOException {
    Path root = Path.of(System.getProperty("broadsheet.root", "../.."));
    Path logs = Path.of(System.getProperty("broadsheet.logs", "target/pipeline-it"));
    List<String> unbuilt = new ArrayList<>();
    for (Service service : Service.values()) {
      if (!Files.isRegularFile(service.jar(root))) {
        unbuilt.add(service.jar(root).toString());
      }
    }
    if (!unbuilt.isEmpty()) {
      fail(
          "PipelineIT runs the packaged services; build them first (./mvnw -B package): missing "
              + unbuilt);
    }

    kafka = SharedInfra.kafka();
    PostgresServer database = SharedInfra.postgres();
    site = FixtureNewsSite.start();
    for (Service service : Service.values()) {
      int port = FreePorts.pick();
      services.put(
          service,
          ServiceProcess.startJar(
              service.module(),
              service.jar(root),
              ServiceConfig.forService(service, port, kafka.bootstrapServers(), database),
              JVM_OPTIONS,
              port,
              logs.resolve(service.module() + ".log")));
    }
    for (ServiceProcess service : services.values()) {
      service.awaitReady(READY_TIMEOUT);
    }
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
  void submittedPagesBecomeOneIndexedArticleEach() throws Exception {
    String bridge = site.url(FixtureNewsSite.BRIDGE);
    String library = site.url(FixtureNewsSite.LIBRARY);
    String sectionFront = site.url(FixtureNewsSite.SECTION_FRONT);

    submit(bridge, library, sectionFront);

    Map<String, JsonNode> articles = awaitArticles(2);
    assertThat(articles.keySet()).containsExactlyInAnyOrder(bridge, library);

    JsonNode bridgeArticle = articles.get(bridge);
    assertThat(bridgeArticle.path("url").asText()).isEqualTo(bridge);
    assertThat(bridgeArticle.path("title").asText())
        .isEqualTo("Harbour bridge reopens after eight months of repairs");
    assertThat(bridgeArticle.path("body_text").asText())
        .contains("The Old Quay swing bridge reopened to cars and buses at six o'clock")
        .contains("replaced the bridge's corroded turning gear")
        .contains("Bus operators will return the number 7 and 12 routes")
        .doesNotContain("Subscribe for £1")
        .doesNotContain("Most read")
        .doesNotContain("All rights reserved");

    JsonNode libraryArticle = articles.get(library);
    assertThat(libraryArticle.path("title").asText())
        .isEqualTo("Central library to open on Sundays from April");
    assertThat(libraryArticle.path("body_text").asText())
        .contains("for the first time in its ninety-year history")
        .contains("The mobile library van")
        .doesNotContain("We use cookies")
        .doesNotContain("Get the Courier in your inbox");

    JsonNode single = getJson(Service.INDEXER, "/articles/" + bridgeArticle.path("id").asText());
    assertThat(single.path("canonical_url").asText()).isEqualTo(bridge);
    assertThat(single.path("title").asText()).isEqualTo(bridgeArticle.path("title").asText());

    // The section front is a page but not an article: it is rejected, with a reason, not indexed.
    List<ConsumerRecord<String, byte[]>> rejections =
        awaitValue(
            "a rejection of " + sectionFront,
            () -> rejectionsOf(sectionFront),
            found -> !found.isEmpty());
    assertThat(JSON.readTree(rejections.get(0).value()).path("reason").asText()).isNotBlank();

    // The same page again: it is fetched and extracted again, and the index still has one row.
    long extractedBefore =
        TestKafka.recordsWritten(kafka.bootstrapServers(), Topics.ARTICLES_EXTRACTED);
    submit(bridge);
    awaitValue(
        "a second extraction of " + bridge,
        () -> TestKafka.recordsWritten(kafka.bootstrapServers(), Topics.ARTICLES_EXTRACTED),
        written -> written > extractedBefore);
    awaitIndexerCaughtUp();

    Map<String, JsonNode> after = listArticles();
    assertThat(after.keySet()).containsExactlyInAnyOrder(bridge, library);
    assertThat(after.get(bridge).path("id").asText()).isEqualTo(bridgeArticle.path("id").asText());
  }

  @Test
  void aPagesRecordAndTheArticleRecordMadeFromItShareATraceId() throws Exception {
    String library = site.url(FixtureNewsSite.LIBRARY);

    submit(library);

    // Every record carries a trace id (W3C traceparent), sampled or not; ids are random, so a
    // page and an article of the same URL that share one were made in one trace.
    Set<String> shared =
        awaitValue(
            "a page and an article of " + library + " in one trace",
            () -> {
              Set<String> pages =
                  traceIds(Topics.PAGES_FETCHED, r -> library.equals(header(r, REQUESTED_URL)));
              Set<String> articles =
                  traceIds(Topics.ARTICLES_EXTRACTED, r -> library.equals(r.key()));
              pages.retainAll(articles);
              return pages;
            },
            found -> !found.isEmpty());
    assertThat(shared).allMatch(id -> id.matches("[0-9a-f]{32}"));
  }

  /** The trace ids in the traceparent headers of the records of {@code topic} that match. */
  private static Set<String> traceIds(
      String topic, Predicate<ConsumerRecord<String, byte[]>> match) {
    return TestKafka.poll(kafka.bootstrapServers(), topic, 1, Duration.ofSeconds(2)).stream()
        .filter(match)
        .map(r -> header(r, "traceparent"))
        .filter(Objects::nonNull)
        .map(traceparent -> traceparent.split("-")[1])
        .collect(Collectors.toCollection(HashSet::new));
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static void submit(String... urls) throws Exception {
    String body = JSON.writeValueAsString(Map.of("urls", List.of(urls)));
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(uri(Service.FETCHER, "/urls"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("POST /urls answered: %s", response.body()).isEqualTo(202);
  }

  private static Map<String, JsonNode> awaitArticles(int count) {
    return awaitValue(
        count + " indexed articles", PipelineIT::listArticles, a -> a.size() >= count);
  }

  /**
   * The articles of this test's site on the first page of {@code GET /articles}, by canonical URL;
   * ReplayIT shares the database and stores articles of its own site.
   */
  private static Map<String, JsonNode> listArticles() {
    JsonNode page = getJson(Service.INDEXER, "/articles");
    return StreamSupport.stream(page.path("items").spliterator(), false)
        .filter(item -> item.path("canonical_url").asText().startsWith(site.url("/")))
        .collect(Collectors.toMap(item -> item.path("canonical_url").asText(), item -> item));
  }

  private static List<ConsumerRecord<String, byte[]>> rejectionsOf(String url) {
    return TestKafka.poll(kafka.bootstrapServers(), Topics.PAGES_REJECTED, 1, Duration.ofSeconds(2))
        .stream()
        .filter(r -> url.equals(r.key()))
        .toList();
  }

  /**
   * Waits until the indexer's consumer group has committed every record of the articles topic, i.e.
   * it has processed the re-extracted article, so that the index can be checked afterwards.
   */
  private static void awaitIndexerCaughtUp() {
    long end = TestKafka.recordsWritten(kafka.bootstrapServers(), Topics.ARTICLES_EXTRACTED);
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      awaitValue(
          "the indexer to commit offset " + end + " on " + Topics.ARTICLES_EXTRACTED,
          () -> committedOnArticlesTopic(admin),
          committed -> committed.stream().anyMatch(c -> c >= end));
    }
  }

  /** The committed position on the articles topic of each consumer group that reads it. */
  private static List<Long> committedOnArticlesTopic(Admin admin) {
    try {
      List<Long> positions = new ArrayList<>();
      for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
        Map<TopicPartition, OffsetAndMetadata> offsets =
            admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
        List<Long> onTopic =
            offsets.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(Topics.ARTICLES_EXTRACTED))
                .filter(e -> e.getValue() != null)
                .map(e -> e.getValue().offset())
                .toList();
        if (!onTopic.isEmpty()) {
          positions.add(onTopic.stream().mapToLong(Long::longValue).sum());
        }
      }
      return positions;
    } catch (Exception e) {
      throw new IllegalStateException("cannot read consumer group offsets", e);
    }
  }

  private static JsonNode getJson(Service service, String path) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(uri(service, path)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode())
          .as("GET %s answered: %s", path, response.body())
          .isEqualTo(200);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI uri(Service service, String path) {
    return services.get(service).baseUri().resolve(path);
  }

  /**
   * Polls {@code read} until {@code done} accepts its value, checking meanwhile that no service has
   * died; fails with the last value seen (and the services' log files) on timeout.
   */
  private static <T> T awaitValue(
      String what, Supplier<T> read, java.util.function.Predicate<T> done) {
    Instant deadline = Instant.now().plus(PIPELINE_TIMEOUT);
    Optional<T> last = Optional.empty();
    while (Instant.now().isBefore(deadline)) {
      services.values().forEach(ServiceProcess::checkAlive);
      T value = read.get();
      last = Optional.ofNullable(value);
      if (done.test(value)) {
        return value;
      }
      sleep(Duration.ofMillis(500));
    }
    return fail(
        "waited "
            + PIPELINE_TIMEOUT.toSeconds()
            + " s for "
            + what
            + "; last saw "
            + last.map(Object::toString).orElse("nothing")
            + "; service logs: "
            + services.values().stream().map(s -> s.log().toString()).toList());
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
