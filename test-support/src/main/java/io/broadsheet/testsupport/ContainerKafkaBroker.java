package io.broadsheet.testsupport;

import io.broadsheet.events.Topics;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The broker in Docker: the official {@code apache/kafka} image of the version the services are
 * built against, configured like {@link EmbeddedKafkaBroker} (the image turns {@code KAFKA_*}
 * variables into broker properties).
 */
public final class ContainerKafkaBroker implements KafkaBroker {

  public static final DockerImageName IMAGE = DockerImageName.parse("apache/kafka:4.1.2");

  private final KafkaContainer container;

  private ContainerKafkaBroker(KafkaContainer container) {
    this.container = container;
  }

  @SuppressWarnings("resource") // closed by close()
  public static ContainerKafkaBroker start() {
    String maxBytes = String.valueOf(Topics.MAX_MESSAGE_BYTES);
    KafkaContainer container =
        new KafkaContainer(IMAGE)
            .withEnv("KAFKA_MESSAGE_MAX_BYTES", maxBytes)
            .withEnv("KAFKA_REPLICA_FETCH_MAX_BYTES", maxBytes)
            .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
            .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
            .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
            .withEnv("KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS", "1")
            .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
            .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
            .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
            .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1")
            .withEnv("KAFKA_DEFAULT_REPLICATION_FACTOR", "1")
            .withEnv("KAFKA_MIN_INSYNC_REPLICAS", "1");
    container.start();
    return new ContainerKafkaBroker(container);
  }

  @Override
  public String bootstrapServers() {
    return container.getBootstrapServers();
  }

  @Override
  public void close() {
    container.stop();
  }
}
