package io.broadsheet.local;

import io.broadsheet.testsupport.FreePorts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/** Checks, before anything starts, that every fixed port of the stack is free. */
public final class PortGuard {

  private final Map<Integer, String> portsAndOwners;
  private final IntPredicate isTaken;

  /**
   * @param portsAndOwners each port and what the stack runs on it ("the indexer"), in the order to
   *     check them
   * @param isTaken whether a port is in use
   */
  public PortGuard(Map<Integer, String> portsAndOwners, IntPredicate isTaken) {
    this.portsAndOwners = new LinkedHashMap<>(portsAndOwners);
    this.isTaken = isTaken;
  }

  /** The stack's ports, probed on the loopback interface. */
  public static PortGuard forLocalStack() {
    return forLocalStack(FreePorts::isTaken);
  }

  static PortGuard forLocalStack(IntPredicate isTaken) {
    Map<Integer, String> ports = new LinkedHashMap<>();
    ports.put(LocalPorts.KAFKA, "the Kafka broker");
    ports.put(LocalPorts.POSTGRES, "PostgreSQL");
    for (Service service : Service.values()) {
      ports.put(service.localPort(), "the " + service.module());
    }
    return new PortGuard(ports, isTaken);
  }

  /** A message naming the first port that is in use, or empty when all are free. */
  public Optional<String> firstConflict() {
    for (Map.Entry<Integer, String> entry : portsAndOwners.entrySet()) {
      int port = entry.getKey();
      if (isTaken.test(port)) {
        return Optional.of(
            "Port "
                + port
                + " is already in use, and Broadsheet needs it for "
                + entry.getValue()
                + ". Find what holds it with `ss -ltnp 'sport = :"
                + port
                + "'` and stop it, then try again.");
      }
    }
    return Optional.empty();
  }
}
