package io.broadsheet.fetcher.messaging;

import io.broadsheet.events.EventCodec;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.fetcher.service.FetchService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code broadsheet.fetch.requested}. Runs on the bounded {@code fetch-pool} worker pool,
 * out of order, so the Kafka poll loop never waits on a slow host. The message is acknowledged only
 * when the method returns, that is after the resulting event was acknowledged by the broker; a
 * message that cannot be decoded throws, is nacked, and goes to the dead-letter topic.
 */
@ApplicationScoped
public class FetchRequestedConsumer {

  private final FetchService fetchService;

  public FetchRequestedConsumer(FetchService fetchService) {
    this.fetchService = fetchService;
  }

  @Incoming("fetch-requested")
  @Blocking(value = "fetch-pool", ordered = false)
  public void consume(byte[] payload) {
    FetchRequested request = EventCodec.fromJson(payload, FetchRequested.class);
    fetchService.fetch(request);
  }
}
