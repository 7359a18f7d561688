package io.broadsheet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaBrokerTest {

  private static EmbeddedKafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.startTemporary();
    broker.createTopics();
  }

  @AfterAll
  static void stopBroker() {
    broker.close();
  }

  @Test
  void createsEveryContractTopicWithItsPartitionsAndMessageSize() throws Exception {
    Set<String> names =
        Topics.all().stream().map(Topics.TopicSpec::name).collect(Collectors.toSet());
    try (Admin admin = admin()) {
      Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
      for (Topics.TopicSpec spec : Topics.all()) {
        assertThat(described.get(spec.name()).partitions())
            .as(spec.name())
            .hasSize(spec.partitions());
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, spec.name());
        String maxBytes =
            admin
                .describeConfigs(List.of(resource))
                .all()
                .get()
                .get(resource)
                .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG)
                .value();
        assertThat(maxBytes).as(spec.name()).isEqualTo(String.valueOf(Topics.MAX_MESSAGE_BYTES));
      }
    }
  }

  @Test
  void creatingTopicsAgainKeepsThem() throws Exception {
    broker.createTopics();

    try (Admin admin = admin()) {
      assertThat(admin.listTopics().names().get())
          .containsAll(Topics.all().stream().map(Topics.TopicSpec::name).toList());
    }
  }

  @Test
  void doesNotCreateTopicsOnDemand() throws Exception {
    try (Admin admin = admin()) {
      // A consumer asking for an unknown topic's metadata would create it if auto-creation were on.
      assertThatThrownBy(
              () ->
                  TestKafka.poll(
                      broker.bootstrapServers(), "no.such.topic", 1, Duration.ofSeconds(2)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no topic no.such.topic");
      assertThat(admin.listTopics().names().get()).doesNotContain("no.such.topic");
    }
  }

  @Test
  void deliversARecordWithItsHeaders() {
    byte[] value = "{\"hello\":\"kafka\"}".getBytes(StandardCharsets.UTF_8);
    TestKafka.send(
        broker.bootstrapServers(),
        Topics.PAGES_REJECTED,
        "https://example.test/a",
        value,
        Map.of("ce_type", "test.type".getBytes(StandardCharsets.UTF_8)));

    List<ConsumerRecord<String, byte[]>> records =
        TestKafka.poll(broker.bootstrapServers(), Topics.PAGES_REJECTED, 1, Duration.ofSeconds(20));

    assertThat(records).hasSize(1);
    ConsumerRecord<String, byte[]> record = records.get(0);
    assertThat(record.key()).isEqualTo("https://example.test/a");
    assertThat(record.value()).isEqualTo(value);
    Header header = record.headers().lastHeader("ce_type");
    assertThat(new String(header.value(), StandardCharsets.UTF_8)).isEqualTo("test.type");
    assertThat(TestKafka.recordsWritten(broker.bootstrapServers(), Topics.PAGES_REJECTED))
        .isEqualTo(1);
  }

  @Test
  void acceptsARecordLargerThanKafkasDefaultLimit() {
    byte[] twoMebibytes = new byte[2 * 1024 * 1024];

    TestKafka.send(
        broker.bootstrapServers(), Topics.PAGES_FETCHED_DLQ, "big", twoMebibytes, Map.of());

    List<ConsumerRecord<String, byte[]>> records =
        TestKafka.poll(
            broker.bootstrapServers(), Topics.PAGES_FETCHED_DLQ, 1, Duration.ofSeconds(20));
    assertThat(records)
        .singleElement()
        .satisfies(r -> assertThat(r.value()).hasSize(twoMebibytes.length));
  }

  private static Admin admin() {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
  }
}
