package io.broadsheet.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The one-stack-per-repository lock: an OS file lock on {@code .broadsheet/broadsheet.lock}, held
 * by the running stack for its whole life, with that process's pid written inside. The OS drops the
 * lock when the process dies however it dies, so a stale file never blocks a new start.
 */
public final class StackLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private StackLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock and records this process's pid, or returns empty if another process has it. */
  public static Optional<StackLock> tryAcquire(Path lockFile) {
    try {
      Files.createDirectories(lockFile.toAbsolutePath().getParent());
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
      channel.force(false);
      return Optional.of(new StackLock(channel, lock));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use lock file " + lockFile, e);
    }
  }

  /** Whether some process holds the lock right now (checked by briefly trying to take it). */
  public static boolean isHeld(Path lockFile) {
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = tryLock(channel);
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use lock file " + lockFile, e);
    }
  }

  /** The lock, or null when another process, or this one, holds it already. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /** The pid written by the holder, if the file holds one. */
  public static OptionalLong holderPid(Path lockFile) {
    try {
      return OptionalLong.of(Long.parseLong(Files.readString(lockFile).trim()));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the stack lock", e);
    }
  }
}
