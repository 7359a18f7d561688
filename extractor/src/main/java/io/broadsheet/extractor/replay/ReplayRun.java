package io.broadsheet.extractor.replay;

import io.broadsheet.events.EventType;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.PageFetchedRecord;
import io.broadsheet.events.Topics;
import io.broadsheet.extractor.messaging.EventPublisher;
import io.broadsheet.extractor.service.ExtractionService;
import io.broadsheet.extractor.service.Publication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads one job's records of {@code broadsheet.pages.fetched} and puts each page through the
 * service's own path: {@link PageFetchedRecord#read} → {@link ExtractionService#process} → {@link
 * EventPublisher#publishAndAwait}, as the listener does.
 *
 * <p>A plain consumer without a group: nothing is committed, the service's own group is not
 * disturbed, and every partition is {@code assign}ed. Each partition starts at the first offset
 * whose timestamp is at or after {@code from} ({@code offsetsForTimes}) and ends at the end offset
 * seen at the start, so a job terminates while the fetcher keeps writing. The job reads on past
 * records newer than {@code to} instead of stopping at the first one, because record timestamps are
 * the producers' clocks and are not ordered within a partition; those records are only counted as
 * scanned, not decoded.
 */
final class ReplayRun {

  private static final Logger LOG = Logger.getLogger(ReplayRun.class);

  private final ReplayJob job;
  private final String bootstrapServers;
  private final Duration pollTimeout;
  private final ExtractionService service;
  private final EventPublisher publisher;

  ReplayRun(
      ReplayJob job,
      String bootstrapServers,
      Duration pollTimeout,
      ExtractionService service,
      EventPublisher publisher) {
    this.job = job;
    this.bootstrapServers = bootstrapServers;
    this.pollTimeout = pollTimeout;
    this.service = service;
    this.publisher = publisher;
  }

  /**
   * Runs to the end offsets or until cancelled.
   *
   * @return whether every record up to the end offsets was read (false when cancelled)
   * @throws RuntimeException when the broker cannot be read or refuses a publication; the job is
   *     then failed, and what was published so far stays published
   */
  boolean run() {
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            consumerConfig(), new StringDeserializer(), new ByteArrayDeserializer())) {
      Map<TopicPartition, Long> remaining = seek(consumer);
      while (!remaining.isEmpty()) {
        if (job.cancelRequested()) {
          return false;
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(pollTimeout)) {
          if (job.cancelRequested()) {
            return false;
          }
          TopicPartition partition = new TopicPartition(record.topic(), record.partition());
          Long end = remaining.get(partition);
          if (end == null || record.offset() >= end) {
            continue; // written after the job started: not this job's
          }
          job.scanned.incrementAndGet();
          if (job.range().covers(record.timestamp(), record.key())) {
            job.matched.incrementAndGet();
            replay(record);
          }
        }
        // The position, not the last record, decides: compacted or aborted offsets leave gaps.
        remaining.keySet().removeIf(p -> consumer.position(p) >= remaining.get(p));
        consumer.pause(
            consumer.assignment().stream().filter(p -> !remaining.containsKey(p)).toList());
      }
      return true;
    }
  }

  /** Assigns every partition and seeks to {@code from}; returns the end offset of each to read. */
  private Map<TopicPartition, Long> seek(KafkaConsumer<String, byte[]> consumer) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (PartitionInfo info : consumer.partitionsFor(Topics.PAGES_FETCHED)) {
      partitions.add(new TopicPartition(info.topic(), info.partition()));
    }
    consumer.assign(partitions);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
    Map<TopicPartition, Long> query = new HashMap<>();
    partitions.forEach(p -> query.put(p, job.range().from().toEpochMilli()));
    Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(query);
    Map<TopicPartition, Long> remaining = new HashMap<>();
    for (TopicPartition partition : partitions) {
      OffsetAndTimestamp start = starts.get(partition);
      long end = ends.getOrDefault(partition, 0L);
      if (start == null || start.offset() >= end) {
        continue; // nothing at or after from in this partition
      }
      consumer.seek(partition, start.offset());
      remaining.put(partition, end);
    }
    consumer.pause(partitions.stream().filter(p -> !remaining.containsKey(p)).toList());
    LOG.infof(
        "replay %s: %d of %d partitions to read (%s)",
        job.id(), remaining.size(), partitions.size(), job.range());
    return remaining;
  }

  private void replay(ConsumerRecord<String, byte[]> record) {
    PageFetched page;
    try {
      List<PageFetchedRecord.Header> headers = new ArrayList<>();
      for (Header header : record.headers()) {
        headers.add(new PageFetchedRecord.Header(header.key(), header.value()));
      }
      page = PageFetchedRecord.read(headers, record.value());
    } catch (RuntimeException e) {
      // The listener dead-lettered this record when it first came; a replay only reports it.
      job.failed.incrementAndGet();
      LOG.warnf(
          "replay %s: %s-%d@%d is not a valid page, skipped: %s",
          job.id(), record.topic(), record.partition(), record.offset(), e.getMessage());
      return;
    }
    Publication publication = service.process(page);
    if (!job.dryRun()) {
      publisher.publishAndAwait(publication);
    }
    if (publication.type() == EventType.ARTICLE_EXTRACTED) {
      job.extracted.incrementAndGet();
    } else {
      job.rejected.incrementAndGet();
    }
  }

  private Properties consumerConfig() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "broadsheet-extractor-replay-" + job.id());
    // A page record can be up to 16 MiB (Topics.MAX_MESSAGE_BYTES), as for the listener.
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "16777216");
    props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, "16777216");
    // Few records per poll so that a cancel is seen soon and a poll's pages fit in the heap.
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "50");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return props;
  }
}
