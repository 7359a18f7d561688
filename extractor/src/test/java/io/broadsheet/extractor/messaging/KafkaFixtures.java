package io.broadsheet.extractor.messaging;

import io.broadsheet.events.CloudEventHeaders;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageFetchedRecord;
import io.broadsheet.events.Topics;
import io.broadsheet.testsupport.TestKafka;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

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

  /** Sends {@code page} as a v2 record: body bytes as the value, metadata in headers. */
  void sendPageV2(PageFetched page) {
    sendV2(
        URI.create(page.finalUrl()).getHost(),
        page.body(),
        PageFetchedRecord.headers(page, UUID.randomUUID().toString(), "/broadsheet/fetcher"));
  }

  /** Sends a record with {@code headers} in order (a name may repeat) to the pages topic. */
  void sendV2(String key, byte[] value, List<PageFetchedRecord.Header> headers) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      ProducerRecord<String, byte[]> record =
          new ProducerRecord<>(Topics.PAGES_FETCHED, key, value);
      headers.forEach(h -> record.headers().add(h.name(), h.value()));
      producer.send(record).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not send to " + Topics.PAGES_FETCHED, e);
    }
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
