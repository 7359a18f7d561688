package io.broadsheet.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the JVM's shared broker ({@link SharedInfra#kafka()}), with all
 * Broadsheet topics created. Sets {@code kafka.bootstrap.servers} (which also turns Kafka Dev
 * Services off) and keeps broker and Kafka client logging at WARN.
 *
 * <pre>{@code @QuarkusTestResource(KafkaTestResource.class)}</pre>
 *
 * <p>{@link #stop()} leaves the broker running for the next test class; a JVM shutdown hook stops
 * it.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new LinkedHashMap<>(BrokerLogLevels.asQuarkusConfig());
    config.put("kafka.bootstrap.servers", SharedInfra.kafka().bootstrapServers());
    return config;
  }

  @Override
  public void stop() {
    // Shared across test classes; stopped at JVM exit.
  }
}
