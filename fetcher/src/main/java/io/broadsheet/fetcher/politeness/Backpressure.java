package io.broadsheet.fetcher.politeness;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Bounds the records a replica holds (received, not yet acknowledged) by pausing the Kafka
 * partitions they come from. A host holding {@code maxPerHost} records pauses its partition (its
 * URLs all share one, being keyed by host) until it is down to half that; {@code maxTotal} records
 * in all pause every partition that delivers another record, until half are done. Other partitions
 * keep flowing, so a host with a long backlog delays only the hosts that share its partition.
 *
 * <p>Records already fetched from the broker when a partition is paused still arrive, so the bound
 * is soft by at most one poll ({@code max.poll.records}) per partition. Pausing is asked again for
 * every record that arrives on a partition that should be paused, which also re-pauses a partition
 * the connector resumed or a rebalance handed back. Thread-safe.
 */
public final class Backpressure {

  /** Pauses and resumes consumption of a partition; calls must not block. */
  public interface Partitions {
    void pause(int partition);

    void resume(int partition);
  }

  private final int maxPerHost;
  private final int maxTotal;
  private final Partitions partitions;
  private final Map<Integer, Map<String, Integer>> held = new HashMap<>();
  private final Map<Integer, Set<String>> fullHosts = new HashMap<>();
  private final Set<Integer> paused = new HashSet<>();
  private int total;
  private boolean full;

  public Backpressure(int maxPerHost, int maxTotal, Partitions partitions) {
    if (maxPerHost < 1 || maxTotal < 1) {
      throw new IllegalArgumentException("queue limits must be at least 1");
    }
    this.maxPerHost = maxPerHost;
    this.maxTotal = maxTotal;
    this.partitions = partitions;
  }

  /** A record of {@code host} from {@code partition} is now held. */
  public synchronized void received(String host, int partition) {
    int count = held.computeIfAbsent(partition, p -> new HashMap<>()).merge(host, 1, Integer::sum);
    total++;
    if (count >= maxPerHost) {
      fullHosts.computeIfAbsent(partition, p -> new HashSet<>()).add(host);
    }
    if (total >= maxTotal) {
      full = true;
    }
    if (full || fullHosts.containsKey(partition)) {
      paused.add(partition);
      partitions.pause(partition);
    }
  }

  /** A record of {@code host} from {@code partition} is no longer held (acknowledged or not). */
  public synchronized void released(String host, int partition) {
    Map<String, Integer> hosts = held.get(partition);
    if (hosts == null || !hosts.containsKey(host)) {
      return; // counted for a partition since revoked
    }
    Integer count = hosts.computeIfPresent(host, (h, c) -> c == 1 ? null : c - 1);
    if (hosts.isEmpty()) {
      held.remove(partition);
    }
    total--;
    if ((count == null || count <= maxPerHost / 2) && fullHosts.containsKey(partition)) {
      Set<String> full = fullHosts.get(partition);
      full.remove(host);
      if (full.isEmpty()) {
        fullHosts.remove(partition);
      }
    }
    if (full && total <= maxTotal / 2) {
      full = false;
    }
    if (full) {
      return;
    }
    for (Integer p : Set.copyOf(paused)) {
      if (!fullHosts.containsKey(p)) {
        paused.remove(p);
        partitions.resume(p);
      }
    }
  }

  /**
   * Forgets a partition this replica no longer owns, and the records counted for it (they are held
   * no more; releases that still come for them are ignored).
   */
  public synchronized void revoked(int partition) {
    paused.remove(partition);
    fullHosts.remove(partition);
    Map<String, Integer> hosts = held.remove(partition);
    if (hosts != null) {
      total -= hosts.values().stream().mapToInt(Integer::intValue).sum();
    }
    if (full && total <= maxTotal / 2) {
      full = false;
    }
  }

  /** Records held now. */
  public synchronized int held() {
    return total;
  }

  /** Records held now for {@code host}. */
  public synchronized int held(String host) {
    return held.values().stream().mapToInt(h -> h.getOrDefault(host, 0)).sum();
  }

  /** Partitions paused now. */
  public synchronized Set<Integer> paused() {
    return Set.copyOf(paused);
  }
}
