package io.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackLockTest {

  @Test
  void onlyOneHolderAtATimeAndItsPidIsOnRecord(@TempDir Path dir) {
    Path lockFile = dir.resolve(".broadsheet/broadsheet.lock");

    try (StackLock first = StackLock.tryAcquire(lockFile).orElseThrow()) {
      assertThat(StackLock.tryAcquire(lockFile)).isEmpty();
      assertThat(StackLock.isHeld(lockFile)).isTrue();
      assertThat(StackLock.holderPid(lockFile)).hasValue(ProcessHandle.current().pid());
    }

    assertThat(StackLock.isHeld(lockFile)).isFalse();
    Optional<StackLock> again = StackLock.tryAcquire(lockFile);
    assertThat(again).isPresent();
    again.get().close();
  }

  @Test
  void noLockFileMeansNotHeld(@TempDir Path dir) {
    assertThat(StackLock.isHeld(dir.resolve("broadsheet.lock"))).isFalse();
  }
}
