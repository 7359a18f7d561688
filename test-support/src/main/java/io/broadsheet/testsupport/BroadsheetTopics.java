package io.broadsheet.testsupport;

import io.broadsheet.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates every topic of {@link Topics#all()} on a broker, the way the local stack and tests need
 * them: single replica, the contract's partition count, and a max message size large enough for a
 * page. Topics that already exist are left as they are, so this is safe to run on every start.
 */
public final class BroadsheetTopics {

  private static final long TIMEOUT_SECONDS = 60;

  public static void createAll(String bootstrapServers) {
    List<NewTopic> topics =
        Topics.all().stream()
            .map(
                spec ->
                    new NewTopic(spec.name(), spec.partitions(), (short) 1)
                        .configs(
                            Map.of(
                                TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                                String.valueOf(Topics.MAX_MESSAGE_BYTES))))
            .toList();
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      CreateTopicsResult result = admin.createTopics(topics);
      for (var entry : result.values().entrySet()) {
        awaitCreated(entry.getKey(), entry.getValue());
      }
    }
  }

  private static void awaitCreated(
      String topic, org.apache.kafka.common.KafkaFuture<Void> creation) {
    try {
      creation.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create topic " + topic, e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topic " + topic, e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("broker did not create topic " + topic + " in time", e);
    }
  }

  private BroadsheetTopics() {}
}
