package io.broadsheet.indexer.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** application.properties repeats topic names; they must be the contract's constants. */
class ChannelConfigTest {

  private static final String CHANNEL = "mp.messaging.incoming.articles-extracted.";
  private static final String DEAD_LETTERS = "mp.messaging.outgoing.articles-dead-letters.";
  private static final Properties PROPERTIES = new Properties();

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = ChannelConfigTest.class.getResourceAsStream("/application.properties")) {
      PROPERTIES.load(in);
    }
  }

  @Test
  void consumesTheArticlesExtractedTopic() {
    assertThat(PROPERTIES.getProperty(CHANNEL + "topic")).isEqualTo(Topics.ARTICLES_EXTRACTED);
  }

  @Test
  void deadLettersToTheMatchingDlqTopic() {
    assertThat(PROPERTIES.getProperty(DEAD_LETTERS + "topic"))
        .isEqualTo(Topics.ARTICLES_EXTRACTED_DLQ);
  }

  @Test
  void anEscapingExceptionFailsTheChannelInsteadOfDeadLetteringTheWholeBatch() {
    assertThat(PROPERTIES.getProperty(CHANNEL + "batch")).isEqualTo("true");
    assertThat(PROPERTIES.getProperty(CHANNEL + "failure-strategy")).isEqualTo("fail");
  }

  @Test
  void dlqProducerAcceptsTheLargestMessageThePipelineAllows() {
    assertThat(PROPERTIES.getProperty(DEAD_LETTERS + "max.request.size"))
        .isEqualTo(String.valueOf(Topics.MAX_MESSAGE_BYTES));
  }

  @Test
  void consumesAsTheIndexerGroupFromTheEarliestOffset() {
    assertThat(PROPERTIES.getProperty(CHANNEL + "group.id")).isEqualTo("broadsheet-indexer");
    assertThat(PROPERTIES.getProperty(CHANNEL + "auto.offset.reset")).isEqualTo("earliest");
  }
}
