package io.broadsheet.fetcher.messaging;

import io.broadsheet.fetcher.politeness.Backpressure;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Counts each {@code broadsheet.fetch.requested} record for {@link Backpressure} the moment the
 * Kafka consumer returns it from a poll, on the polling thread, before it waits in the connector's
 * queue. A pause asked for here runs before the next poll, so a host over its limit lets in at most
 * one more poll. Configured by {@code interceptor.classes} on the channel; Kafka instantiates it,
 * so it finds the replica's {@link Backpressure} through {@link #use}.
 */
public class HeldRecordsInterceptor implements ConsumerInterceptor<String, byte[]> {

  private static volatile Backpressure backpressure;

  /** The back-pressure that counts the records of this JVM's consumer. */
  static void use(Backpressure current) {
    backpressure = current;
  }

  @Override
  public ConsumerRecords<String, byte[]> onConsume(ConsumerRecords<String, byte[]> records) {
    Backpressure counter = backpressure;
    if (counter != null) {
      for (ConsumerRecord<String, byte[]> record : records) {
        counter.received(hostKey(record.key()), record.partition());
      }
    }
    return records;
  }

  /** The key a record is counted under (its host; records without one share a key). */
  static String hostKey(String key) {
    return key == null ? "" : key;
  }

  @Override
  public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {}

  @Override
  public void close() {}

  @Override
  public void configure(Map<String, ?> configs) {}
}
