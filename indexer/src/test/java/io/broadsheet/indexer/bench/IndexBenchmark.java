package io.broadsheet.indexer.bench;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.CloudEventHeaders;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.events.Topics;
import io.broadsheet.testsupport.EmbeddedPostgresServer;
import io.broadsheet.testsupport.FreePorts;
import io.broadsheet.testsupport.LoadRun;
import io.broadsheet.testsupport.PostgresServer;
import io.broadsheet.testsupport.ServiceProcess;
import io.broadsheet.testsupport.SharedInfra;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The indexer's load run (not a test): how fast the packaged indexer writes articles from the topic
 * into PostgreSQL, then how fast it answers typical searches over what it stored.
 *
 * <ol>
 *   <li>Puts {@code --articles} generated articles ({@link GeneratedArticles}) on {@code
 *       broadsheet.articles.extracted} before the indexer starts, so that producing them does not
 *       compete with indexing for the two cores.
 *   <li>Starts the packaged indexer against the embedded broker and database, and times from its
 *       first indexed article to the last: the sustained rate, and the rate of each 10-second
 *       window.
 *   <li>Sends {@code --queries} searches one at a time over HTTP (a mix of one- and two-word
 *       queries, phrases, filters, time and relevance order, next pages) and prints latency
 *       percentiles.
 * </ol>
 *
 * Run with {@code deploy/local/broadsheet bench-index [--articles N] [--queries N] [--database
 * DIR]}. With {@code --database}, PostgreSQL keeps its data in {@code DIR} (outside the
 * repository); a later run on a directory that already holds {@code --articles} articles skips
 * producing and ingesting and only times the searches, so that two builds of the indexer can be
 * compared on the same data back to back. Any other option naming a property ({@code
 * --quarkus.otel.sdk.disabled true}) is passed to the indexer, to compare a setting.
 */
public final class IndexBenchmark {

  private IndexBenchmark() {}

  public static void main(String[] args) {
    LoadRun.exitWith(() -> run(args));
  }

  private static void run(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unknown argument " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    int articles = Integer.parseInt(options.getOrDefault("articles", "100000"));
    int queries = Integer.parseInt(options.getOrDefault("queries", "1000"));
    Path jar = Path.of(options.getOrDefault("jar", "target/quarkus-app/quarkus-run.jar"));

    String bootstrap = SharedInfra.kafka().bootstrapServers();
    PostgresServer database =
        options.containsKey("database")
            ? keptDatabase(Path.of(options.get("database")))
            : SharedInfra.postgres();
    System.out.printf(
        "index benchmark: %d articles, %d queries, %d cores%n",
        articles, queries, Runtime.getRuntime().availableProcessors());
    GeneratedArticles generator = new GeneratedArticles(42, 30_000);
    boolean stored = storedArticles(database) >= articles;
    if (stored) {
      System.out.printf("the database already holds %d articles: searches only%n", articles);
    } else {
      produce(bootstrap, generator, articles);
    }

    Map<String, String> config = new LinkedHashMap<>();
    config.put("kafka.bootstrap.servers", bootstrap);
    config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
    config.put("quarkus.datasource.username", database.username());
    config.put("quarkus.datasource.password", database.password());
    config.put("mp.messaging.incoming.articles-extracted.group.id", "bench-" + System.nanoTime());
    // Options that name a property (they hold a dot) configure the indexer: A/B runs of a setting.
    options.forEach(
        (key, value) -> {
          if (key.contains(".")) {
            config.put(key, value);
          }
        });
    try (ServiceProcess indexer =
        ServiceProcess.start(
            jar,
            FreePorts.pick(),
            config,
            List.of("-Xmx1g"),
            Path.of("target/bench-index/indexer.log"))) {
      indexer.awaitReady(Duration.ofMinutes(3));
      if (!stored) {
        ingest(indexer, articles);
      }
      search(indexer, generator, queries);
    }
    if (database instanceof EmbeddedPostgresServer kept) {
      kept.close(); // a clean shutdown, so that the next run starts without recovery
    }
  }

  /** PostgreSQL on a free port with its data kept in {@code dir} across runs. */
  private static PostgresServer keptDatabase(Path dir) {
    return EmbeddedPostgresServer.startPersistent(
        FreePorts.pick(),
        dir.toAbsolutePath(),
        dir.toAbsolutePath().resolveSibling(dir.getFileName() + ".log"));
  }

  /** How many articles the database holds (0 before the indexer first created its tables). */
  private static long storedArticles(PostgresServer database) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                database.jdbcUrl(), database.username(), database.password());
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT to_regclass('article') IS NOT NULL")) {
        r.next();
        if (!r.getBoolean(1)) {
          return 0;
        }
      }
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM article")) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static void produce(String bootstrap, GeneratedArticles generator, int count) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
    long start = System.nanoTime();
    long bytes = 0;
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      Instant base = Instant.parse("2024-01-01T00:00:00Z");
      for (int n = 0; n < count; n++) {
        ArticleExtracted article = generator.next(n, base.plusSeconds(30L * n));
        byte[] value = EventCodec.toJson(article);
        bytes += value.length;
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.create(
                EventType.ARTICLE_EXTRACTED, "/broadsheet/bench", article.canonicalUrl())
            .toKafkaHeaders()
            .forEach((k, v) -> headers.add(new RecordHeader(k, v)));
        producer.send(
            new ProducerRecord<>(
                Topics.ARTICLES_EXTRACTED, null, article.canonicalUrl(), value, headers));
      }
      producer.flush();
    }
    System.out.printf(
        "produced %d articles (%.1f MB of JSON, mean %.1f KB) in %.1f s before starting the indexer%n",
        count, bytes / 1e6, bytes / 1e3 / count, (System.nanoTime() - start) / 1e9);
  }

  private static void ingest(ServiceProcess indexer, int count) throws Exception {
    String metric = "broadsheet_articles_indexed_total";
    while (indexer.metric(metric) == 0) {
      Thread.sleep(50);
    }
    long start = System.nanoTime();
    Duration cpuBefore = indexer.cpu();
    List<Double> windows = new ArrayList<>();
    double windowStartCount = indexer.metric(metric);
    long windowStart = start;
    double indexed = windowStartCount;
    while (indexed < count) {
      Thread.sleep(200);
      indexed = indexer.metric(metric);
      long now = System.nanoTime();
      if (now - windowStart >= 10_000_000_000L) {
        windows.add((indexed - windowStartCount) / ((now - windowStart) / 1e9));
        windowStart = now;
        windowStartCount = indexed;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuMs = indexer.cpu().minus(cpuBefore).toNanos() / 1e6;
    windows.sort(Double::compare);
    System.out.printf(
        "indexed %d articles in %.1f s: %.0f articles/s sustained; 10-s windows: median %.0f, min %.0f,"
            + " max %.0f; indexer CPU %.2f ms per article%n",
        count,
        seconds,
        count / seconds,
        windows.isEmpty() ? count / seconds : percentile(windows, 50),
        windows.isEmpty() ? count / seconds : windows.get(0),
        windows.isEmpty() ? count / seconds : windows.get(windows.size() - 1),
        cpuMs / count);
  }

  /** One kind of query in the mix, and how often it is asked. */
  private record QueryKind(String name, int weight, Supplier<String> query) {}

  private static void search(ServiceProcess indexer, GeneratedArticles g, int count)
      throws Exception {
    Random random = new Random(7);
    List<QueryKind> mix =
        List.of(
            new QueryKind("one word, newest first", 30, () -> "q=" + enc(g.queryWord(200, 5000))),
            new QueryKind(
                "two words, by relevance",
                20,
                () ->
                    "q="
                        + enc(g.queryWord(100, 3000) + " " + g.queryWord(100, 3000))
                        + "&sort=relevance"),
            new QueryKind(
                "common word + site",
                10,
                () ->
                    "q="
                        + enc(g.queryWord(20, 200))
                        + "&site="
                        + GeneratedArticles.site(random.nextInt(200))),
            new QueryKind(
                "phrase",
                10,
                () -> "q=" + enc("\"" + g.queryWord(0, 60) + " " + g.queryWord(0, 60) + "\"")),
            new QueryKind(
                "section + language", 10, () -> "section=" + enc(g.section()) + "&language=en"),
            new QueryKind("topic", 10, () -> "topic=" + enc(g.topic())),
            new QueryKind("newest, no filter", 10, () -> ""));
    int totalWeight = mix.stream().mapToInt(QueryKind::weight).sum();
    for (int i = 0; i < 100; i++) { // warm-up: JIT, plan cache, page cache
      indexer.get("/articles?" + mix.get(i % mix.size()).query().get());
    }
    Map<String, List<Double>> byKind = new LinkedHashMap<>();
    List<Double> all = new ArrayList<>();
    int nextPages = 0;
    for (int i = 0; i < count; i++) {
      int pick = random.nextInt(totalWeight);
      QueryKind kind = mix.get(0);
      for (QueryKind k : mix) {
        if (pick < k.weight()) {
          kind = k;
          break;
        }
        pick -= k.weight();
      }
      String path = "/articles?limit=20&" + kind.query().get();
      long start = System.nanoTime();
      HttpResponse<String> response = indexer.get(path);
      double ms = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            path + " answered " + response.statusCode() + ": " + response.body());
      }
      all.add(ms);
      byKind.computeIfAbsent(kind.name(), k -> new ArrayList<>()).add(ms);
      String next = nextCursor(response.body());
      if (next != null && random.nextInt(4) == 0) { // a quarter of the readers turn the page
        long pageStart = System.nanoTime();
        HttpResponse<String> page = indexer.get(path + "&cursor=" + enc(next));
        double pageMs = (System.nanoTime() - pageStart) / 1e6;
        if (page.statusCode() != 200) {
          throw new IllegalStateException(
              "next page answered " + page.statusCode() + ": " + page.body());
        }
        all.add(pageMs);
        byKind.computeIfAbsent("next page", k -> new ArrayList<>()).add(pageMs);
        nextPages++;
      }
    }
    System.out.printf(
        "searches: %d requests (%d of them next pages), one at a time over HTTP%n",
        all.size(), nextPages);
    byKind.forEach((name, latencies) -> print(name, latencies));
    print("ALL", all);
  }

  private static void print(String name, List<Double> latencies) {
    latencies.sort(Double::compare);
    System.out.printf(
        "  %-26s n=%5d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n",
        name,
        latencies.size(),
        percentile(latencies, 50),
        percentile(latencies, 95),
        percentile(latencies, 99),
        latencies.get(latencies.size() - 1));
  }

  private static String nextCursor(String body) {
    int at = body.lastIndexOf("\"next\":\"");
    if (at < 0) {
      return null;
    }
    int from = at + 8;
    return body.substring(from, body.indexOf('"', from));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
