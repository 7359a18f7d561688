package io.broadsheet.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service running as a child process, its output in a log file. Used by the local stack and by
 * the pipeline test, so both run the services exactly as packaged.
 */
public final class ServiceProcess implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final String name;
  private final Process process;
  private final URI baseUri;
  private final Path log;

  private ServiceProcess(String name, Process process, URI baseUri, Path log) {
    this.name = name;
    this.process = process;
    this.baseUri = baseUri;
    this.log = log;
  }

  /**
   * Starts a packaged Quarkus service: {@code java [jvmOptions] -Dkey=value... -jar jar}, run from
   * the jar's directory (so no stray {@code .env} or {@code config/} of the caller's working
   * directory leaks in), with stdout and stderr written to {@code log}.
   */
  public static ServiceProcess startJar(
      String name,
      Path jar,
      Map<String, String> config,
      List<String> jvmOptions,
      int httpPort,
      Path log) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          name + " is not built: " + jar + " is missing (run ./mvnw -B package -DskipTests)");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    config.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    return start(name, command, jar.toAbsolutePath().getParent(), httpPort, log);
  }

  /** Starts any command as a service that will answer HTTP on {@code httpPort}. */
  public static ServiceProcess start(
      String name, List<String> command, Path workingDir, int httpPort, Path log) {
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      Process process =
          new ProcessBuilder(command)
              .directory(workingDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
              .start();
      // Nothing is ever typed at a service: give it end-of-input rather than an open pipe.
      process.getOutputStream().close();
      return new ServiceProcess(
          name, process, URI.create("http://localhost:" + httpPort + "/"), log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name + ": " + command, e);
    }
  }

  /**
   * Waits until {@code GET /q/health/ready} answers 200.
   *
   * @throws ServiceFailedException when the process exits first, or is not ready in time
   */
  public void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      checkAlive();
      if (isReady()) {
        return;
      }
      pause();
    }
    throw new ServiceFailedException(
        this, name + " was not ready after " + timeout.toSeconds() + " s");
  }

  /**
   * @throws ServiceFailedException when the process has exited
   */
  public void checkAlive() {
    if (!process.isAlive()) {
      throw new ServiceFailedException(this, name + " exited with code " + process.exitValue());
    }
  }

  /** Whether the service says it is ready now. */
  public boolean isReady() {
    return Readiness.isReady(baseUri);
  }

  public String name() {
    return name;
  }

  public URI baseUri() {
    return baseUri;
  }

  public Path log() {
    return log;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** The last {@code lines} lines of the service's log, for telling why it failed. */
  public String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  /** Asks the service to stop (SIGTERM), without waiting; see {@link #close()}. */
  public void requestStop() {
    process.destroy();
  }

  /** Stops the service: SIGTERM, a grace period for a clean shutdown, then SIGKILL. */
  @Override
  public void close() {
    requestStop();
    try {
      if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a service", e);
    }
  }

  /** A service that died or did not come up, with the end of its log. */
  public static final class ServiceFailedException extends RuntimeException {
    private final transient ServiceProcess service;

    ServiceFailedException(ServiceProcess service, String message) {
      super(message + "; last lines of " + service.log() + ":\n" + service.logTail(30));
      this.service = service;
    }

    public ServiceProcess service() {
      return service;
    }
  }
}
