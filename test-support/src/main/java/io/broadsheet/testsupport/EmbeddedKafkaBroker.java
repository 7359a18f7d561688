package io.broadsheet.testsupport;

import io.broadsheet.events.Topics;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real single-node Kafka 4 broker in this JVM: one KRaft process that is both broker and
 * controller, the same code that runs in production, configured for one replica.
 *
 * <p>Two ways to run it: {@link #startTemporary()} (a free port, a temporary log directory deleted
 * on close; for tests) and {@link #startPersistent(int, Path)} (a fixed port and a log directory
 * kept across restarts; for the local stack).
 */
public final class EmbeddedKafkaBroker implements KafkaBroker {

  private static final int NODE_ID = 1;
  private static final String CONTROLLER_LISTENER = "CONTROLLER";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final KafkaRaftServer server;
  private final int port;
  private final Path logDir;
  private final boolean deleteLogDirOnClose;
  private final AtomicBoolean closed = new AtomicBoolean();

  private EmbeddedKafkaBroker(
      KafkaRaftServer server, int port, Path logDir, boolean deleteLogDirOnClose) {
    this.server = server;
    this.port = port;
    this.logDir = logDir;
    this.deleteLogDirOnClose = deleteLogDirOnClose;
  }

  /** A broker on a free loopback port with a fresh log directory that is deleted on close. */
  public static EmbeddedKafkaBroker startTemporary() {
    try {
      return start(FreePorts.pick(), Files.createTempDirectory("broadsheet-kafka-"), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A broker on {@code port} whose data lives in {@code logDir}; the directory is formatted on
   * first use and reused (topics, offsets and all) on every later start.
   */
  public static EmbeddedKafkaBroker startPersistent(int port, Path logDir) {
    return start(port, logDir, false);
  }

  private static EmbeddedKafkaBroker start(int port, Path logDir, boolean deleteOnClose) {
    BrokerLogLevels.quiet();
    // The controller port only matters inside this process. A static voter set (rather than a
    // dynamic quorum) does not record it in the log, so it may change from one start to the next.
    int controllerPort = FreePorts.pick();
    KafkaConfig config = new KafkaConfig(brokerConfig(port, controllerPort, logDir), false);
    formatIfNew(config, logDir);
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, port, logDir, deleteOnClose);
    try {
      server.startup();
      broker.awaitReady();
    } catch (RuntimeException e) {
      broker.close();
      throw new IllegalStateException("Kafka broker did not start on port " + port, e);
    }
    return broker;
  }

  static Map<String, Object> brokerConfig(int port, int controllerPort, Path logDir) {
    Map<String, Object> props = new HashMap<>();
    props.put("process.roles", "broker,controller");
    props.put("node.id", String.valueOf(NODE_ID));
    props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
    props.put(
        "listeners",
        "PLAINTEXT://localhost:"
            + port
            + ","
            + CONTROLLER_LISTENER
            + "://localhost:"
            + controllerPort);
    props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
    props.put("controller.listener.names", CONTROLLER_LISTENER);
    props.put("inter.broker.listener.name", "PLAINTEXT");
    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.put("log.dirs", logDir.toAbsolutePath().toString());

    // One node: every internal topic has one replica, and one in-sync replica is enough.
    props.put("offsets.topic.replication.factor", "1");
    props.put("offsets.topic.num.partitions", "1");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("transaction.state.log.num.partitions", "1");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    props.put("default.replication.factor", "1");
    props.put("min.insync.replicas", "1");

    // The contract: pages travel as large records, and topics exist only as Topics.all() says.
    props.put("message.max.bytes", String.valueOf(Topics.MAX_MESSAGE_BYTES));
    props.put("replica.fetch.max.bytes", String.valueOf(Topics.MAX_MESSAGE_BYTES));
    props.put("auto.create.topics.enable", "false");

    // Consumers in tests join one at a time; waiting for more members only slows them down.
    props.put("group.initial.rebalance.delay.ms", "0");
    return props;
  }

  private static void formatIfNew(KafkaConfig config, Path logDir) {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    try {
      Files.createDirectories(logDir);
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setControllerListenerName(CONTROLLER_LISTENER)
          .setMetadataLogDirectory(config.metadataLogDir())
          .setDirectories(List.of(logDir.toAbsolutePath().toString()))
          .setUnstableFeatureVersionsEnabled(false)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("cannot format Kafka log directory " + logDir, e);
    }
  }

  /** Blocks until the broker answers a metadata request. */
  private void awaitReady() {
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    Exception lastFailure = null;
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
      while (Instant.now().isBefore(deadline)) {
        try {
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for the broker", e);
        } catch (Exception e) {
          lastFailure = e;
        }
        Sleep.briefly();
      }
    }
    throw new IllegalStateException("broker not ready after " + READY_TIMEOUT, lastFailure);
  }

  /** Creates every topic of {@link Topics#all()}; topics that exist already are kept. */
  public void createTopics() {
    BroadsheetTopics.createAll(bootstrapServers());
  }

  @Override
  public String bootstrapServers() {
    return "localhost:" + port;
  }

  public int port() {
    return port;
  }

  public Path logDir() {
    return logDir;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      server.shutdown();
      server.awaitShutdown();
    } finally {
      if (deleteLogDirOnClose) {
        Directories.deleteRecursively(logDir);
      }
    }
  }
}
