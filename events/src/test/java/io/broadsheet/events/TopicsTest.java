package io.broadsheet.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void everyTopicNameIsUniqueAndNamespaced() {
    assertThat(Topics.all())
        .extracting(Topics.TopicSpec::name)
        .doesNotHaveDuplicates()
        .allMatch(name -> name.startsWith("broadsheet."));
  }

  @Test
  void everyWorkTopicHasADeadLetterTopicNamedAfterIt() {
    assertThat(Topics.all())
        .extracting(Topics.TopicSpec::name)
        .contains(
            Topics.FETCH_REQUESTED_DLQ, Topics.PAGES_FETCHED_DLQ, Topics.ARTICLES_EXTRACTED_DLQ);
    assertThat(Topics.PAGES_FETCHED_DLQ).isEqualTo(Topics.PAGES_FETCHED + ".dlq");
  }

  @Test
  void maxMessageSizeFitsATenMebibytePageInBase64() {
    long base64OfTenMiB = 4L * ((10L * 1024 * 1024 + 2) / 3);
    assertThat(Topics.MAX_MESSAGE_BYTES).isGreaterThan((int) base64OfTenMiB + 64 * 1024);
  }
}
