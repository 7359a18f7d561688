package io.broadsheet.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.events.Topics;
import io.broadsheet.events.Topics.TopicSpec;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Strimzi KafkaTopics are the topics of {@link Topics}, sized as the code expects. */
class KafkaTopicsTest {

  private static final String CLEANUP = "cleanup.policy";

  private static Map<String, JsonNode> kafkaTopics() {
    return Repo.documents(Repo.BASE.resolve("kafka/topics.yaml")).stream()
        .filter(d -> d.path("kind").asText().equals("KafkaTopic"))
        .collect(
            Collectors.toMap(d -> d.path("spec").path("topicName").asText(), Function.identity()));
  }

  @Test
  void everyTopicOfTheContractHasAKafkaTopicAndThereAreNoOthers() {
    assertThat(kafkaTopics().keySet())
        .containsExactlyInAnyOrderElementsOf(Topics.all().stream().map(TopicSpec::name).toList());
  }

  @Test
  void partitionCountsAreTheContractsOnesWhichBoundEachStagesReplicas() {
    for (TopicSpec spec : Topics.all()) {
      assertThat(kafkaTopics().get(spec.name()).path("spec").path("partitions").asInt())
          .as("partitions of %s", spec.name())
          .isEqualTo(spec.partitions());
    }
  }

  @Test
  void everyTopicAcceptsTheLargestRecordAProducerMaySend() {
    kafkaTopics()
        .forEach(
            (name, topic) ->
                assertThat(topic.path("spec").path("config").path("max.message.bytes").asLong())
                    .as("max.message.bytes of %s", name)
                    .isEqualTo(Topics.MAX_MESSAGE_BYTES));
  }

  @Test
  void theBaseReplicatesThreeTimesAndTheDevOverlayOnce() {
    kafkaTopics()
        .forEach(
            (name, topic) -> {
              assertThat(topic.path("spec").path("replicas").asInt()).as(name).isEqualTo(3);
              assertThat(topic.path("spec").path("config").path("min.insync.replicas").asInt())
                  .isEqualTo(2);
            });
    JsonNode devPatch =
        Repo.documents(Repo.K8S.resolve("overlays/dev/topics-single-broker.yaml")).get(0);
    assertThat(devPatch.findValuesAsText("path"))
        .containsExactly("/spec/replicas", "/spec/config/min.insync.replicas");
    devPatch.forEach(op -> assertThat(op.path("value").asInt()).isEqualTo(1));
  }

  @Test
  void onlyTheArticleTopicIsCompactedNeverATopicKeyedByHostOrADeadLetterTopic() {
    // Compaction keeps the last record per key: right for articles (key = canonical URL), wrong
    // for topics keyed by host (a host's URLs or pages would collapse to the last one) and for
    // dead letters (every failure matters).
    for (TopicSpec spec : Topics.all()) {
      String policy =
          kafkaTopics().get(spec.name()).path("spec").path("config").path(CLEANUP).asText();
      if (spec.name().equals(Topics.ARTICLES_EXTRACTED)) {
        assertThat(policy).isEqualTo("compact,delete");
      } else if (spec.key().equals("host") || spec.name().endsWith(".dlq")) {
        assertThat(policy).as(spec.name()).doesNotContain("compact");
      }
    }
  }
}
