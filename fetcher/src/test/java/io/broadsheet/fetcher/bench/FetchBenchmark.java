package io.broadsheet.fetcher.bench;

import io.broadsheet.events.EventCodec;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.events.Topics;
import io.broadsheet.fetcher.fixtures.MultiHostSite;
import io.broadsheet.testsupport.FreePorts;
import io.broadsheet.testsupport.LoadRun;
import io.broadsheet.testsupport.PostgresServer;
import io.broadsheet.testsupport.ServiceProcess;
import io.broadsheet.testsupport.SharedInfra;
import io.broadsheet.testsupport.TestKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Load run (not a test): the embedded broker, {@code --hosts} news sites on loopback addresses
 * serving 50-100 KB pages, and the packaged fetcher ({@code target/quarkus-app}) as a separate
 * process with politeness delay 0. Each run publishes {@code --urls} FetchRequested records and
 * measures how fast PageFetched records are acknowledged by the broker (fetched AND published);
 * prints each run and the median and spread of the measured runs. Options: {@code --hosts 100
 * --urls 20000 --runs 5 --warmup 1 --workers 64}; other {@code --key=value} pairs go to the fetcher
 * as system properties.
 */
public final class FetchBenchmark {

  /** A run that publishes nothing for this long has stalled: fail instead of waiting forever. */
  private static final Duration STALL = Duration.ofSeconds(60);

  private FetchBenchmark() {}

  public static void main(String[] args) {
    LoadRun.exitWith(() -> run(args));
  }

  private static void run(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    Map<String, String> fetcherConfig = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("--") && arg.contains("=")) {
        fetcherConfig.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      } else if (arg.startsWith("--") && i + 1 < args.length) {
        options.put(arg.substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument " + arg);
      }
    }
    int hosts = Integer.parseInt(options.getOrDefault("hosts", "100"));
    int urls = Integer.parseInt(options.getOrDefault("urls", "20000"));
    int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "1"));
    String workers = options.getOrDefault("workers", "64");
    Path jar = Path.of(options.getOrDefault("jar", "target/quarkus-app/quarkus-run.jar"));

    String bootstrap = SharedInfra.kafka().bootstrapServers();
    Map<String, String> config = new HashMap<>();
    config.put("kafka.bootstrap.servers", bootstrap);
    // Sources and seen URLs live in PostgreSQL; the benchmark feeds URLs directly, discovery idles.
    PostgresServer database = SharedInfra.postgres();
    config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
    config.put("quarkus.datasource.username", database.username());
    config.put("quarkus.datasource.password", database.password());
    config.put("broadsheet.fetch.allow-loopback", "true");
    config.put("broadsheet.politeness.min-delay", "0s");
    config.put("broadsheet.politeness.workers", workers);
    config.put("broadsheet.politeness.max-queued-per-host", "200");
    config.put("broadsheet.politeness.max-queued", "10000");
    config.put("mp.messaging.incoming.fetch-requested.group.id", "bench-" + System.nanoTime());
    config.putAll(fetcherConfig);

    try (MultiHostSite site = new MultiHostSite(hosts, 50 * 1024, 100 * 1024, 32);
        ServiceProcess fetcher =
            ServiceProcess.start(
                jar,
                FreePorts.pick(),
                config,
                options.containsKey("jfr")
                    ? List.of("-XX:StartFlightRecording=filename=" + options.get("jfr"))
                    : List.of(),
                Path.of("target/bench-fetch/fetcher.log"));
        KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
      site.recording(false);
      fetcher.awaitReady(Duration.ofMinutes(3));
      System.out.printf(
          "fetch benchmark: %d hosts, %d URLs per run, pages 50-100 KB, %s workers, %d cores%n",
          hosts, urls, workers, Runtime.getRuntime().availableProcessors());
      List<Double> rates = new ArrayList<>();
      for (int run = 0; run < warmup + runs; run++) {
        long before = TestKafka.recordsWritten(bootstrap, Topics.PAGES_FETCHED);
        long rejectedBefore = TestKafka.recordsWritten(bootstrap, Topics.PAGES_REJECTED);
        double fetchesBefore = fetcher.metric("broadsheet_fetches_total");
        Duration fetcherCpuBefore = fetcher.cpu();
        long benchCpuBefore = benchCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < urls; i++) {
          int host = i % hosts;
          String url = site.url(host, "/page/run" + run + "/" + i);
          FetchRequested event =
              new FetchRequested(url, MultiHostSite.host(host), "bench", Instant.now());
          producer.send(
              new ProducerRecord<>(Topics.FETCH_REQUESTED, event.host(), EventCodec.toJson(event)));
        }
        producer.flush();
        long published = 0;
        long rejected = 0;
        long lastProgress = System.nanoTime();
        while (published + rejected < urls) {
          Thread.sleep(100);
          fetcher.ensureRunning();
          long done = published + rejected;
          published = TestKafka.recordsWritten(bootstrap, Topics.PAGES_FETCHED) - before;
          rejected = TestKafka.recordsWritten(bootstrap, Topics.PAGES_REJECTED) - rejectedBefore;
          if (published + rejected > done) {
            lastProgress = System.nanoTime();
          } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
            throw new IllegalStateException(
                "no page published or rejected for "
                    + STALL
                    + " ("
                    + done
                    + " of "
                    + urls
                    + "), see target/bench-fetch/fetcher.log");
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double fetches = fetcher.metric("broadsheet_fetches_total") - fetchesBefore;
        double fetcherCpuMs = fetcher.cpu().minus(fetcherCpuBefore).toNanos() / 1e6;
        double benchCpuMs = (benchCpuNanos() - benchCpuBefore) / 1e6;
        double rate = published / seconds;
        boolean measured = run >= warmup;
        if (measured) {
          rates.add(rate);
        }
        System.out.printf(
            "%s %d: %d published, %d rejected in %.2f s: %.0f pages/s fetched and published,"
                + " %.0f fetches/s; CPU per page: fetcher %.2f ms, broker+sites+feeder %.2f ms%n",
            measured ? "run" : "warm-up",
            measured ? run - warmup + 1 : run + 1,
            published,
            rejected,
            seconds,
            rate,
            fetches / seconds,
            fetcherCpuMs / Math.max(1, published),
            benchCpuMs / Math.max(1, published));
      }
      rates.sort(Double::compare);
      System.out.printf(
          "pages/s fetched and published over %d runs: median %.0f, min %.0f, p90 %.0f, max %.0f%n",
          rates.size(),
          percentile(rates, 50),
          rates.get(0),
          percentile(rates, 90),
          rates.get(rates.size() - 1));
    }
  }

  /** CPU time of this JVM: the broker, the sites and the feeding producer. */
  private static long benchCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static KafkaProducer<String, byte[]> producer(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(props);
  }
}
