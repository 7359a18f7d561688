package io.broadsheet.fetcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.EventCodec;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.events.Topics;
import io.broadsheet.fetcher.fixtures.FetcherProcess;
import io.broadsheet.fetcher.fixtures.MultiHostSite;
import io.broadsheet.fetcher.fixtures.Records;
import io.broadsheet.testsupport.FreePorts;
import io.broadsheet.testsupport.KafkaBroker;
import io.broadsheet.testsupport.PostgresServer;
import io.broadsheet.testsupport.SharedInfra;
import io.broadsheet.testsupport.TestKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Two packaged fetcher processes in one consumer group against the embedded broker, sharing the
 * topic's partitions; mid-run the second one stops, so its partitions (and the hosts on them) move
 * to the first while requests are under way. Both fetch from sites on distinct loopback addresses
 * that record when each request arrived: no host ever sees two requests closer than the configured
 * delay, and every URL is fetched.
 */
class TwoReplicasPolitenessIT {

  private static final Duration MIN_DELAY = Duration.ofMillis(700);
  private static final int HOSTS = 8;
  private static final int URLS_PER_HOST = 40;

  @Test
  void noHostSeesRequestsCloserThanTheDelayWhileTwoReplicasShareTheTopic() throws Exception {
    KafkaBroker kafka = SharedInfra.kafka();
    String bootstrap = kafka.bootstrapServers();
    String group = "two-replicas-" + UUID.randomUUID();
    // The fetcher keeps its sources and seen URLs in PostgreSQL: both replicas share one.
    PostgresServer database = SharedInfra.postgres();
    Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
    Map<String, String> config =
        Map.of(
            "kafka.bootstrap.servers",
            bootstrap,
            "quarkus.datasource.jdbc.url",
            database.jdbcUrl(),
            "quarkus.datasource.username",
            database.username(),
            "quarkus.datasource.password",
            database.password(),
            "mp.messaging.incoming.fetch-requested.group.id",
            group,
            "broadsheet.fetch.allow-loopback",
            "true",
            "broadsheet.politeness.min-delay",
            MIN_DELAY.toMillis() + "ms");
    try (MultiHostSite site = new MultiHostSite(HOSTS, 16 * 1024, 16);
        FetcherProcess first =
            FetcherProcess.start(
                jar, FreePorts.pick(), config, Path.of("target/two-replicas/first.log"));
        FetcherProcess second =
            FetcherProcess.start(
                jar, FreePorts.pick(), config, Path.of("target/two-replicas/second.log"))) {
      first.awaitReady(Duration.ofMinutes(3));
      second.awaitReady(Duration.ofMinutes(3));

      List<String> urls = new ArrayList<>();
      for (int i = 0; i < URLS_PER_HOST; i++) {
        for (int host = 0; host < HOSTS; host++) {
          String url = site.url(host, "/page/" + i + "-" + UUID.randomUUID());
          urls.add(url);
          FetchRequested event =
              new FetchRequested(url, MultiHostSite.host(host), "it", Instant.now());
          TestKafka.send(
              bootstrap, Topics.FETCH_REQUESTED, event.host(), EventCodec.toJson(event), Map.of());
        }
      }
      // Mid-run, the second replica leaves: its hosts move to the first, requests under way.
      // The second replica's share arrives only once the first has handed its partitions over
      // (after the requests under way and the hosts' delays): wait for it to have fetched some.
      Awaitility.await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () ->
                  site.hits().size() >= HOSTS * URLS_PER_HOST / 3
                      && second.metric("broadsheet_fetches_total") > 0);
      double bySecond = second.metric("broadsheet_fetches_total");
      second.close();

      Set<String> fetched = new HashSet<>();
      Awaitility.await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                for (var r : Records.all(bootstrap, Topics.PAGES_FETCHED)) {
                  fetched.add(Records.page(r).requestedUrl());
                }
                return fetched.containsAll(urls);
              });
      double byFirst = first.metric("broadsheet_fetches_total");
      System.out.printf(
          "page requests: first replica %.0f, second %.0f (before it left); %d requests in all%n",
          byFirst, bySecond, site.hits().size());
      assertThat(bySecond).as("the second replica fetched its share").isPositive();
      assertThat(byFirst).as("the first replica fetched its share").isPositive();

      for (int host = 0; host < HOSTS; host++) {
        List<MultiHostSite.Hit> hits = site.hits(host);
        for (int i = 1; i < hits.size(); i++) {
          long gapMillis = (hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000;
          assertThat(gapMillis)
              .as("gap before %s at %s", hits.get(i).path(), MultiHostSite.host(host))
              .isGreaterThanOrEqualTo(MIN_DELAY.toMillis());
        }
      }
    }
  }
}
