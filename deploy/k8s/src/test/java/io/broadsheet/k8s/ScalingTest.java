package io.broadsheet.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.events.Topics;
import io.broadsheet.events.Topics.TopicSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every consuming stage scales on the lag of the group and topic it really consumes, and never past
 * the partitions of that topic (a replica beyond them is idle).
 */
class ScalingTest {

  private static JsonNode kafkaTrigger(String service) {
    JsonNode triggers = Repo.baseResource("ScaledObject", service).path("spec").path("triggers");
    assertThat(triggers).hasSize(1);
    assertThat(triggers.get(0).path("type").asText()).isEqualTo("kafka");
    return triggers.get(0).path("metadata");
  }

  /** The one incoming Kafka channel of a stage, as (channel, topic). */
  private static Map.Entry<String, String> inputChannel(String service) {
    Map<String, String> incoming = Repo.incomingTopics(service);
    assertThat(incoming).as("incoming channels of %s", service).hasSize(1);
    return incoming.entrySet().iterator().next();
  }

  private static int partitions(String topic) {
    return Topics.all().stream()
        .filter(t -> t.name().equals(topic))
        .mapToInt(TopicSpec::partitions)
        .findFirst()
        .orElseThrow(() -> new AssertionError(topic + " is not in Topics.all()"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fetcher", "extractor", "indexer"})
  void theScaledObjectWatchesTheChannelsTopicAndConsumerGroup(String service) {
    Map.Entry<String, String> channel = inputChannel(service);
    String groupId =
        Repo.properties(service)
            .getProperty("mp.messaging.incoming." + channel.getKey() + ".group.id");
    JsonNode trigger = kafkaTrigger(service);
    assertThat(trigger.path("topic").asText()).isEqualTo(channel.getValue());
    assertThat(trigger.path("consumerGroup").asText()).isEqualTo(groupId);
    assertThat(Repo.baseResource("ScaledObject", service).at("/spec/scaleTargetRef/name").asText())
        .isEqualTo(service);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fetcher", "extractor", "indexer"})
  void theScaledObjectReadsTheBrokerTheServiceUsesAndItsOffsetReset(String service) {
    Map.Entry<String, String> channel = inputChannel(service);
    JsonNode trigger = kafkaTrigger(service);
    assertThat(trigger.path("bootstrapServers").asText())
        .isEqualTo(
            Repo.baseResource("ConfigMap", service + "-env")
                .at("/data/KAFKA_BOOTSTRAP_SERVERS")
                .asText());
    assertThat(trigger.path("offsetResetPolicy").asText())
        .isEqualTo(
            Repo.properties(service)
                .getProperty("mp.messaging.incoming." + channel.getKey() + ".auto.offset.reset"));
  }

  @Test
  void everyTopicAServiceConsumesHasAScaledObject() {
    for (String service : Repo.SERVICES) {
      for (String topic : Repo.incomingTopics(service).values()) {
        assertThat(
                Repo.allDocuments().stream()
                    .filter(d -> d.path("kind").asText().equals("ScaledObject"))
                    .flatMap(
                        d -> d.path("spec").path("triggers").findValuesAsText("topic").stream())
                    .toList())
            .as("a ScaledObject on %s (consumed by %s)", topic, service)
            .contains(topic);
      }
    }
  }

  @Test
  void noScalerAnywhereAllowsMoreReplicasThanItsInputTopicHasPartitions() {
    // Base, overlays, components and their patches: each names the Deployment it scales.
    List<JsonNode> scalers =
        Repo.allDocuments().stream()
            .filter(d -> d.has("spec"))
            .filter(
                d ->
                    d.path("kind").asText().equals("ScaledObject")
                        || d.path("kind").asText().equals("HorizontalPodAutoscaler"))
            .toList();
    assertThat(scalers).hasSizeGreaterThanOrEqualTo(6);
    for (JsonNode scaler : scalers) {
      String service = scaler.at("/metadata/name").asText();
      assertThat(Repo.SERVICES).contains(service);
      int ceiling = partitions(inputChannel(service).getValue());
      for (String field :
          List.of("maxReplicaCount", "maxReplicas", "minReplicaCount", "minReplicas")) {
        if (scaler.path("spec").has(field)) {
          assertThat(scaler.path("spec").path(field).asInt())
              .as("%s of %s %s", field, scaler.path("kind").asText(), service)
              .isLessThanOrEqualTo(ceiling);
        }
      }
    }
    for (Path overlay : jsonPatches()) {
      for (JsonNode op : Repo.documents(overlay).get(0)) {
        if (op.path("path").asText().matches("/spec/(maxReplicaCount|maxReplicas)")) {
          assertThat(op.path("value").asInt()).isLessThanOrEqualTo(Topics.DEFAULT_PARTITIONS);
        }
      }
    }
  }

  private static List<Path> jsonPatches() {
    return Repo.yamlFiles().stream().filter(f -> Repo.documents(f).get(0).isArray()).toList();
  }
}
