package io.broadsheet.testsupport;

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
        () -> DockerClientFactory.instance().isDockerAvailable());
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
