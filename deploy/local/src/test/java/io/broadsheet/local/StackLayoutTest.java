package io.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackLayoutTest {

  @Test
  void findsTheRepositoryFromAnyDirectoryInsideIt(@TempDir Path repo) throws IOException {
    Files.writeString(repo.resolve("pom.xml"), "<project/>");
    Path deep = Files.createDirectories(repo.resolve("deploy/local/src/main"));

    StackLayout layout = StackLayout.find(deep).orElseThrow();

    assertThat(layout.root()).isEqualTo(repo.toRealPath());
    assertThat(layout.kafkaDir()).isEqualTo(layout.root().resolve(".broadsheet/kafka"));
    assertThat(layout.postgresDir()).isEqualTo(layout.root().resolve(".broadsheet/postgres"));
    assertThat(layout.serviceLog(Service.FETCHER))
        .isEqualTo(layout.root().resolve(".broadsheet/logs/fetcher.log"));
    assertThat(layout.serviceJar(Service.INDEXER))
        .isEqualTo(layout.root().resolve("indexer/target/quarkus-app/quarkus-run.jar"));
    assertThat(layout.display(layout.lockFile())).isEqualTo(".broadsheet/broadsheet.lock");
  }

  @Test
  void findsNothingOutsideARepository(@TempDir Path elsewhere) {
    assertThat(StackLayout.find(elsewhere)).isEmpty();
  }
}
