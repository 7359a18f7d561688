package io.broadsheet.extractor.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The topic names and limits in application.properties are the contract's, not a drifted copy. */
class ChannelConfigTest {

  private static final Properties PROPS = new Properties();

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = ChannelConfigTest.class.getResourceAsStream("/application.properties")) {
      PROPS.load(in);
    }
  }

  private static String incoming(String key) {
    return PROPS.getProperty("mp.messaging.incoming." + PageFetchedListener.CHANNEL + "." + key);
  }

  private static String outgoing(String channel, String key) {
    return PROPS.getProperty("mp.messaging.outgoing." + channel + "." + key);
  }

  @Test
  void consumesPagesFetchedAsGroupBroadsheetExtractorFromTheEarliestOffset() {
    assertThat(incoming("topic")).isEqualTo(Topics.PAGES_FETCHED);
    assertThat(incoming("group.id")).isEqualTo("broadsheet-extractor");
    assertThat(incoming("auto.offset.reset")).isEqualTo("earliest");
  }

  @Test
  void deadLettersUndecodableRecordsToThePagesFetchedDlq() {
    assertThat(incoming("failure-strategy")).isEqualTo("dead-letter-queue");
    assertThat(incoming("dead-letter-queue.topic")).isEqualTo(Topics.PAGES_FETCHED_DLQ);
    assertThat(incoming("dead-letter-queue.value.serializer"))
        .isEqualTo("org.apache.kafka.common.serialization.ByteArraySerializer");
  }

  @Test
  void publishesArticlesAndRejectionsToTheirTopicsWithZstdAndTheSharedSizeLimit() {
    assertThat(outgoing(EventPublisher.ARTICLES, "topic")).isEqualTo(Topics.ARTICLES_EXTRACTED);
    assertThat(outgoing(EventPublisher.REJECTED, "topic")).isEqualTo(Topics.PAGES_REJECTED);
    for (String channel : new String[] {EventPublisher.ARTICLES, EventPublisher.REJECTED}) {
      assertThat(outgoing(channel, "compression.type")).isEqualTo("zstd");
      assertThat(outgoing(channel, "max.request.size"))
          .isEqualTo(String.valueOf(Topics.MAX_MESSAGE_BYTES));
    }
  }

  @Test
  void listensOnPort8082() {
    assertThat(PROPS.getProperty("quarkus.http.port")).isEqualTo("8082");
  }
}
