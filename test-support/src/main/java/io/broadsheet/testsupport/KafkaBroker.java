package io.broadsheet.testsupport;

/** A running Kafka broker, embedded or in a container. */
public interface KafkaBroker extends AutoCloseable {

  /** The {@code bootstrap.servers} value clients connect with. */
  String bootstrapServers();

  /** Stops the broker. Idempotent. */
  @Override
  void close();
}
