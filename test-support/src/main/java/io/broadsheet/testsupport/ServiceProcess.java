package io.broadsheet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A packaged Quarkus service ({@code target/quarkus-app/quarkus-run.jar}) run as a separate
 * process, for load runs that must measure the service as operators run it, not inside the test
 * JVM.
 */
public final class ServiceProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServiceProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the jar with {@code config} as system properties, logging to {@code log}. */
  public static ServiceProcess start(Path jar, int port, Map<String, String> config, Path log) {
    return start(jar, port, config, List.of(), log);
  }

  /** Starts the jar with extra JVM options ({@code -XX:...}) too. */
  public static ServiceProcess start(
      Path jar, int port, Map<String, String> config, List<String> jvmOptions, Path log) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: package the service first");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (jvmOptions.stream().noneMatch(o -> o.startsWith("-Xmx"))) {
      command.add("-Xmx512m");
    }
    command.addAll(jvmOptions);
    command.add("-Dquarkus.http.port=" + port);
    config.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.add("-jar");
    command.add(jar.toString());
    try {
      Files.createDirectories(log.getParent());
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
              .start();
      return new ServiceProcess(process, port, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until {@code /q/health/ready} answers 200, failing if the process ends first. The answer
   * counts only once this process has logged that it listens: when the port is taken by another
   * service (a leftover run), that one would otherwise answer for it while this one exits.
   */
  public void awaitReady(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      ensureRunning();
      try {
        if (listening() && get("/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("service not ready within " + limit + ", see " + log);
  }

  /** Fails, naming the log, if the process has ended: for wait loops that would otherwise spin. */
  public void ensureRunning() {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "service exited with " + process.exitValue() + ", see " + log);
    }
  }

  private boolean listening() {
    try {
      String text = Files.readString(log);
      return text.contains("Listening on: http://") && text.contains(":" + port);
    } catch (IOException e) {
      return false;
    }
  }

  /** The value of a counter on {@code /q/metrics} (summed over its tags), 0 when absent. */
  public double metric(String name) throws IOException, InterruptedException {
    String text = get("/q/metrics").body();
    // Without an Accept header Quarkus answers in OpenMetrics, where a sample taken while a sampled
    // span was current ends in an exemplar: "name{tags} 3.0 # {span_id=...,trace_id=...} 1.0 ...".
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)(?: # .*)?$")
            .matcher(text);
    double sum = 0;
    while (m.find()) {
      sum += Double.parseDouble(m.group(2));
    }
    return sum;
  }

  /** {@code GET path} on the service. */
  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(5))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** CPU time the process used so far. */
  public Duration cpu() {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** Stops the process (SIGTERM, then SIGKILL after 30 s). */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
