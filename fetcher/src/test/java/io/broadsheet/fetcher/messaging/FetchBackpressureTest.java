package io.broadsheet.fetcher.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.EventCodec;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.events.Topics;
import io.broadsheet.fetcher.fixtures.MultiHostSite;
import io.broadsheet.fetcher.fixtures.Records;
import io.broadsheet.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A host with a long backlog on the real broker: the replica holds only a bounded number of its
 * records (its partition is paused), and still fetches every one of them in the end.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@TestProfile(FetchBackpressureTest.Profile.class)
class FetchBackpressureTest {

  static final int PER_HOST = 5;
  static final int POLL = 10;
  static final int URLS = 100;

  /** A small per-host bound and small polls, and a delay so the backlog builds up. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "broadsheet.politeness.min-delay", "250ms",
          "broadsheet.politeness.max-queued-per-host", String.valueOf(PER_HOST),
          "mp.messaging.incoming.fetch-requested.max.poll.records", String.valueOf(POLL));
    }
  }

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  private static double gauge(String name) {
    String metrics = given().when().get("/q/metrics").then().extract().asString();
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\S+)$").matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }

  @Test
  void holdsABoundedShareOfALongBacklogAndFetchesItAll() throws Exception {
    try (MultiHostSite site = new MultiHostSite(1, 2048, 4);
        KafkaProducer<String, byte[]> producer = producer()) {
      Set<String> urls = new HashSet<>();
      for (int i = 0; i < URLS; i++) {
        String url = site.url(0, "/page/backlog-" + i + "-" + UUID.randomUUID());
        urls.add(url);
        FetchRequested event =
            new FetchRequested(url, MultiHostSite.host(0), "test", Instant.now());
        producer.send(
            new ProducerRecord<>(Topics.FETCH_REQUESTED, event.host(), EventCodec.toJson(event)));
      }
      producer.flush();

      double mostHeld = 0;
      boolean sawPause = false;
      Set<String> fetched = new HashSet<>();
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (!fetched.containsAll(urls) && System.nanoTime() < deadline) {
        mostHeld = Math.max(mostHeld, gauge("broadsheet_fetch_queue_held"));
        sawPause |= gauge("broadsheet_fetch_partitions_paused") > 0;
        for (var r : Records.all(bootstrap, Topics.PAGES_FETCHED)) {
          fetched.add(Records.page(r).requestedUrl());
        }
        Thread.sleep(200);
      }

      assertThat(fetched).containsAll(urls);
      assertThat(sawPause).as("the host's partition was paused").isTrue();
      // The bound, plus what the connector had already polled when the pause took effect: its
      // queue (2 polls) and one poll in flight.
      assertThat(mostHeld).isPositive().isLessThanOrEqualTo(PER_HOST + 3 * POLL);
      Awaitility.await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> gauge("broadsheet_fetch_partitions_paused") == 0);
    }
  }

  private KafkaProducer<String, byte[]> producer() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return new KafkaProducer<>(props);
  }
}
