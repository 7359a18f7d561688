package io.broadsheet.extractor.messaging;

import io.broadsheet.events.CloudEventHeaders;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.Topics;
import io.broadsheet.testsupport.TestKafka;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Sends pages to the extractor and finds what it wrote, on the test broker. */
final class KafkaFixtures {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String bootstrap;

  KafkaFixtures(String bootstrap) {
    this.bootstrap = bootstrap;
  }

  /** Sends {@code page} as the fetcher would: keyed by host, with CloudEvents headers. */
  void sendPage(PageFetched page) {
    Map<String, byte[]> headers =
        CloudEventHeaders.create(EventType.PAGE_FETCHED, "/broadsheet/fetcher", page.finalUrl())
            .toKafkaHeaders();
    send(URI.create(page.finalUrl()).getHost(), EventCodec.toJson(page), headers);
  }

  /** Sends a raw value to the pages topic. */
  void send(String key, byte[] value, Map<String, byte[]> headers) {
    TestKafka.send(bootstrap, Topics.PAGES_FETCHED, key, value, headers);
  }

  /** Records written to {@code topic} so far; pass it to {@link #awaitRecord}. */
  long written(String topic) {
    return TestKafka.recordsWritten(bootstrap, topic);
  }

  /**
   * Waits for a record with {@code key} among the records written to {@code topic} after {@code
   * writtenBefore} records were there, and returns it.
   */
  ConsumerRecord<String, byte[]> awaitRecord(String topic, long writtenBefore, String key) {
    List<ConsumerRecord<String, byte[]>> records =
        TestKafka.poll(bootstrap, topic, (int) writtenBefore + 1, TIMEOUT);
    Optional<ConsumerRecord<String, byte[]>> match =
        records.stream().filter(r -> key.equals(r.key())).findFirst();
    if (match.isEmpty()) {
      throw new AssertionError(
          "no record keyed "
              + key
              + " on "
              + topic
              + "; keys: "
              + records.stream().map(ConsumerRecord::key).toList());
    }
    return match.get();
  }

  static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
