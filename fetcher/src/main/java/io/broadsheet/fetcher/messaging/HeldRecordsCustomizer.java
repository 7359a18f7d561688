package io.broadsheet.fetcher.messaging;

import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;

/**
 * Installs {@link HeldRecordsInterceptor} on the {@code fetch-requested} consumer, as a class
 * object rather than a name, so Kafka instantiates the very class this application loaded (the one
 * {@link FetchRequestedConsumer} hands its back-pressure to), whatever the class loaders.
 */
@ApplicationScoped
public class HeldRecordsCustomizer implements ClientCustomizer<Map<String, Object>> {

  private final FetchRequestedConsumer consumer;

  public HeldRecordsCustomizer(FetchRequestedConsumer consumer) {
    this.consumer = consumer;
  }

  @Override
  public Map<String, Object> customize(
      String channel, Config channelConfig, Map<String, Object> config) {
    if (FetchRequestedConsumer.CHANNEL.equals(channel)
        && config.containsKey(ConsumerConfig.GROUP_ID_CONFIG)) {
      consumer.countPolledRecords(); // before the Kafka consumer exists, so no poll goes uncounted
      config.put(ConsumerConfig.INTERCEPTOR_CLASSES_CONFIG, List.of(HeldRecordsInterceptor.class));
    }
    return config;
  }
}
