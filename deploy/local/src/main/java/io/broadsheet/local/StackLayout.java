package io.broadsheet.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the local stack keeps things, all under {@code <repo>/.broadsheet} (git-ignored): broker
 * data, database data, logs and the lock that says a stack is running.
 */
public record StackLayout(Path root) {

  public StackLayout {
    root = root.toAbsolutePath().normalize();
  }

  /**
   * The repository that contains {@code start}: the nearest directory upwards holding both the root
   * {@code pom.xml} and {@code deploy/local}.
   */
  public static Optional<StackLayout> find(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("pom.xml"))
          && Files.isDirectory(dir.resolve("deploy/local"))) {
        return Optional.of(new StackLayout(dir));
      }
    }
    return Optional.empty();
  }

  public Path stateDir() {
    return root.resolve(".broadsheet");
  }

  public Path kafkaDir() {
    return stateDir().resolve("kafka");
  }

  public Path postgresDir() {
    return stateDir().resolve("postgres");
  }

  public Path logsDir() {
    return stateDir().resolve("logs");
  }

  public Path lockFile() {
    return stateDir().resolve("broadsheet.lock");
  }

  public Path serviceLog(Service service) {
    return logsDir().resolve(service.module() + ".log");
  }

  public Path postgresLog() {
    return logsDir().resolve("postgres.log");
  }

  /** Broker and embedded-server logging of the stack process itself (see log4j2.xml). */
  public Path stackLog() {
    return logsDir().resolve("stack.log");
  }

  public Path serviceJar(Service service) {
    return service.jar(root);
  }

  /** {@code path} relative to the repository root when it is inside it, for shorter messages. */
  public String display(Path path) {
    return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
  }

  /** The sources file the local fetcher polls: {@code deploy/local/sources.yml}. */
  public Path localSourcesFile() {
    return root.resolve("deploy").resolve("local").resolve("sources.yml");
  }
}
