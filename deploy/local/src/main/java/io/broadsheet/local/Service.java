package io.broadsheet.local;

import java.nio.file.Path;

/** The three Broadsheet services, the module each is built in, and its local-stack port. */
public enum Service {
  INDEXER("indexer", 8080),
  FETCHER("fetcher", 8081),
  EXTRACTOR("extractor", 8082);

  private final String module;
  private final int localPort;

  Service(String module, int localPort) {
    this.module = module;
    this.localPort = localPort;
  }

  /** The Maven module directory under the repository root; also the service's short name. */
  public String module() {
    return module;
  }

  /** The fixed HTTP port of this service in the local stack. */
  public int localPort() {
    return localPort;
  }

  /** The packaged application ({@code quarkus-run.jar} of the fast-jar layout). */
  public Path jar(Path repoRoot) {
    return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
  }
}
