package io.broadsheet.fetcher.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * On revocation of {@code broadsheet.fetch.requested} partitions, hands their hosts over cleanly:
 * waiting URLs are left to the new owner and the revocation returns only once the requests under
 * way to those hosts have ended and the hosts' delays have passed (bounded by {@code
 * broadsheet.politeness.revoke-wait}), so a rebalance never shortens the gap between two requests
 * to a host. Named by {@code consumer-rebalance-listener.name} on the channel.
 */
@ApplicationScoped
@Identifier(FetchRebalanceListener.NAME)
public class FetchRebalanceListener implements KafkaConsumerRebalanceListener {

  static final String NAME = "fetch-requested-rebalance";

  private final FetchRequestedConsumer consumer;

  public FetchRebalanceListener(FetchRequestedConsumer consumer) {
    this.consumer = consumer;
  }

  @Override
  public void onPartitionsRevoked(Consumer<?, ?> kafkaConsumer, Collection<TopicPartition> parts) {
    consumer.revoked(parts);
  }
}
