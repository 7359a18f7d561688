package io.broadsheet.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.testcontainers.DockerClientFactory;

/**
 * Where tests get Kafka and PostgreSQL from. Chosen with the system property {@code
 * broadsheet.infra} or the environment variable {@code BROADSHEET_INFRA}: {@code docker}
 * (Testcontainers), {@code embedded} (in this JVM / a child process, no Docker needed) or {@code
 * auto} (the default: Docker when an engine answers, embedded otherwise). The tests are the same
 * either way.
 */
public enum InfraMode {
  DOCKER,
  EMBEDDED;

  public static final String PROPERTY = "broadsheet.infra";
  public static final String ENV = "BROADSHEET_INFRA";

  /** The mode for this JVM, from its system properties, its environment and Docker. */
  public static InfraMode current() {
    return resolve(
        System.getProperty(PROPERTY, System.getenv(ENV)),
        () -> dockerEndpointMayExist() && DockerClientFactory.instance().isDockerAvailable());
  }

  /**
   * A cheap look for any sign of a Docker engine before asking Testcontainers, whose own probe
   * takes ~20 s (and logs an ERROR) on a machine that has none: a {@code DOCKER_HOST}, a
   * Testcontainers override or config file, or one of the usual socket paths.
   */
  static boolean dockerEndpointMayExist() {
    if (System.getenv("DOCKER_HOST") != null
        || System.getenv("TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE") != null) {
      return true;
    }
    String home = System.getProperty("user.home", "");
    String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
    List<Path> candidates =
        new ArrayList<>(
            List.of(
                Path.of("/var/run/docker.sock"),
                Path.of(home, ".docker", "run", "docker.sock"),
                Path.of(home, ".docker", "desktop", "docker.sock"),
                Path.of(home, ".testcontainers.properties")));
    if (runtimeDir != null) {
      candidates.add(Path.of(runtimeDir, "docker.sock"));
    }
    return candidates.stream().anyMatch(Files::exists);
  }

  /** The mode a setting names; Docker is only asked about when the setting is {@code auto}. */
  static InfraMode resolve(String value, BooleanSupplier dockerAvailable) {
    String choice =
        value == null || value.isBlank() ? "auto" : value.trim().toLowerCase(Locale.ROOT);
    return switch (choice) {
      case "docker" -> DOCKER;
      case "embedded" -> EMBEDDED;
      case "auto" -> dockerAvailable.getAsBoolean() ? DOCKER : EMBEDDED;
      default ->
          throw new IllegalArgumentException(
              PROPERTY + "/" + ENV + " must be auto, docker or embedded, not '" + value + "'");
    };
  }
}
