package io.broadsheet.extractor.replay;

import io.broadsheet.events.CloudEventHeaders;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageFetchedRecord;
import io.broadsheet.events.Topics;
import java.net.URI;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes page records to the test broker with the record timestamp the test chooses, so that a
 * replay's time range can be tested without waiting.
 */
final class ReplayPages implements AutoCloseable {

  private final KafkaProducer<String, byte[]> producer;
  private Future<RecordMetadata> last;

  ReplayPages(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  /** {@code page} as a v1 record (JSON, CloudEvents headers), keyed by its host, at {@code at}. */
  void v1(PageFetched page, Instant at) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            Topics.PAGES_FETCHED, null, at.toEpochMilli(), host(page), EventCodec.toJson(page));
    CloudEventHeaders.create(EventType.PAGE_FETCHED, "/broadsheet/fetcher", page.finalUrl())
        .toKafkaHeaders()
        .forEach((name, value) -> record.headers().add(name, value));
    last = producer.send(record);
  }

  /** {@code page} as a v2 record (body as the value, metadata in headers), at {@code at}. */
  void v2(PageFetched page, Instant at) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            Topics.PAGES_FETCHED, null, at.toEpochMilli(), host(page), page.body());
    PageFetchedRecord.headers(page, UUID.randomUUID().toString(), "/broadsheet/fetcher")
        .forEach(h -> record.headers().add(h.name(), h.value()));
    last = producer.send(record);
  }

  /** A record that is no page of either version: a v1 type with a value that is not JSON. */
  void garbled(String host, Instant at) {
    ProducerRecord<String, byte[]> record =
        new ProducerRecord<>(
            Topics.PAGES_FETCHED, null, at.toEpochMilli(), host, "not json".getBytes());
    record.headers().add("ce_type", EventType.PAGE_FETCHED.ceType().getBytes());
    last = producer.send(record);
  }

  /** Waits until everything sent is on the broker. */
  void flush() {
    producer.flush();
    try {
      if (last != null) {
        last.get(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not send to " + Topics.PAGES_FETCHED, e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }

  private static String host(PageFetched page) {
    return URI.create(page.finalUrl()).getHost();
  }
}
