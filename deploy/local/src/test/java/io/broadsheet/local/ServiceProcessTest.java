package io.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.broadsheet.testsupport.FreePorts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTest {

  @TempDir Path dir;

  @Test
  void aServiceThatDiesIsReportedWithTheEndOfItsLog() {
    ServiceProcess service =
        ServiceProcess.start(
            "crasher",
            List.of("sh", "-c", "echo starting; echo 'boom: no config'; exit 3"),
            dir,
            FreePorts.pick(),
            dir.resolve("crasher.log"));

    assertThatThrownBy(() -> service.awaitReady(Duration.ofSeconds(20)))
        .isInstanceOf(ServiceProcess.ServiceFailedException.class)
        .hasMessageContaining("crasher exited with code 3")
        .hasMessageContaining("boom: no config");
  }

  @Test
  void isReadyWhenItsHealthEndpointSaysSoAndStopsOnClose() throws IOException {
    int port = FreePorts.pick();
    HttpServer health =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    health.createContext(
        "/q/health/ready",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    health.start();
    try {
      // The process stands in for a service; the health endpoint above answers for it.
      ServiceProcess service =
          ServiceProcess.start("sleeper", List.of("sleep", "60"), dir, port, dir.resolve("s.log"));

      service.awaitReady(Duration.ofSeconds(20));
      assertThat(service.isAlive()).isTrue();

      service.close();
      assertThat(service.isAlive()).isFalse();
    } finally {
      health.stop(0);
    }
  }

  @Test
  void refusesToStartAServiceThatIsNotBuilt() {
    assertThatThrownBy(
            () ->
                ServiceProcess.startJar(
                    "indexer",
                    dir.resolve("indexer/target/quarkus-app/quarkus-run.jar"),
                    java.util.Map.of(),
                    List.of(),
                    8080,
                    dir.resolve("indexer.log")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("indexer is not built");
  }
}
