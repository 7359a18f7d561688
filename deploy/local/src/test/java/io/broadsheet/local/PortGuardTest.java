package io.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.testsupport.FreePorts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortGuardTest {

  @Test
  void namesTheFirstBusyPortAndWhatNeedsIt() {
    Map<Integer, String> ports = new LinkedHashMap<>();
    ports.put(9092, "Kafka broker");
    ports.put(15432, "PostgreSQL");
    ports.put(8080, "indexer");

    PortGuard guard = new PortGuard(ports, port -> port == 15432 || port == 8080);

    assertThat(guard.firstConflict())
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .startsWith(
                        "Port 15432 is already in use, and Broadsheet needs it for PostgreSQL.")
                    .contains("PostgreSQL")
                    .contains("sport = :15432"));
  }

  @Test
  void saysNothingWhenAllPortsAreFree() {
    assertThat(new PortGuard(Map.of(9092, "Kafka broker"), port -> false).firstConflict())
        .isEmpty();
  }

  @Test
  void seesAPortThatIsReallyTaken() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = socket.getLocalPort();
      assertThat(FreePorts.isTaken(port)).isTrue();
      assertThat(new PortGuard(Map.of(port, "indexer"), FreePorts::isTaken).firstConflict())
          .isPresent();
    }
  }

  @Test
  void theLocalStackChecksBrokerDatabaseAndServicePortsInThatOrder() {
    List<Integer> probed = new ArrayList<>();

    Optional<String> conflict =
        PortGuard.forLocalStack(
                port -> {
                  probed.add(port);
                  return false;
                })
            .firstConflict();

    assertThat(conflict).isEmpty();
    assertThat(probed).containsExactly(9092, 15432, 8080, 8081, 8082);
  }
}
