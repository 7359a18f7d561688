package io.broadsheet.extractor.extract.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadingSiteProfilesTest {

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock();

  @Test
  void changedFileIsReadAfterTheCheckInterval() throws IOException {
    Path file = write("a.example", 1);
    ReloadingSiteProfiles profiles = new ReloadingSiteProfiles(file, Duration.ofSeconds(30), clock);
    write("b.example", 2);

    clock.advance(Duration.ofSeconds(10));
    assertThat(profiles.get().forHost("b.example")).isEmpty();
    clock.advance(Duration.ofSeconds(25));
    assertThat(profiles.get().forHost("b.example")).isPresent();
  }

  @Test
  void brokenNewFileKeepsTheLastGoodProfiles() throws IOException {
    Path file = write("a.example", 1);
    ReloadingSiteProfiles profiles = new ReloadingSiteProfiles(file, Duration.ofSeconds(1), clock);
    Files.writeString(file, "profiles: [ {name: x, hosts: [a.example], body: 'div[' } ]");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:02Z")));

    clock.advance(Duration.ofSeconds(5));

    assertThat(profiles.get().forHost("a.example")).isPresent();
  }

  @Test
  void missingFileFailsAtStartUp() {
    assertThatThrownBy(
            () -> new ReloadingSiteProfiles(dir.resolve("nope.yml"), Duration.ofSeconds(1), clock))
        .hasMessageContaining("not found");
  }

  private Path write(String host, int second) throws IOException {
    Path file = dir.resolve("profiles.yml");
    Files.writeString(
        file, "profiles:\n  - name: p\n    hosts: [" + host + "]\n    body: article\n");
    Files.setLastModifiedTime(
        file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(second)));
    return file;
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
