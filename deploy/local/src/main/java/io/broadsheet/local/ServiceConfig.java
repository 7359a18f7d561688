package io.broadsheet.local;

import io.broadsheet.testsupport.PostgresServer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The configuration a service needs to join a stack: its HTTP port, the broker, and for the indexer
 * and the fetcher the database (the fetcher keeps its sources and seen URLs in schema {@code
 * fetcher}). Keys are Quarkus configuration keys, handed to the service as system properties (which
 * outrank its application.properties, profile-specific entries included).
 */
public final class ServiceConfig {

  /** The environment variable that, when set, leaves the share of traces kept to the caller. */
  static final String SAMPLER_RATIO_ENV = "QUARKUS_OTEL_TRACES_SAMPLER_ARG";

  /**
   * @param httpPort the service's HTTP port
   * @param bootstrapServers the Kafka broker
   * @param database the database of the indexer and the fetcher (ignored for the extractor)
   */
  public static Map<String, String> forService(
      Service service, int httpPort, String bootstrapServers, PostgresServer database) {
    return forService(service, httpPort, bootstrapServers, database, System::getenv);
  }

  /**
   * As {@link #forService(Service, int, String, PostgresServer)}, reading the environment the
   * services inherit through {@code environment}.
   */
  static Map<String, String> forService(
      Service service,
      int httpPort,
      String bootstrapServers,
      PostgresServer database,
      Function<String, String> environment) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("quarkus.http.port", String.valueOf(httpPort));
    config.put("kafka.bootstrap.servers", bootstrapServers);
    if (environment.apply(SAMPLER_RATIO_ENV) == null) {
      // No collector runs beside the stack: keep no trace, so none is exported to a port where
      // nothing listens. Trace ids are still made and still travel in the records' headers. Set
      // QUARKUS_OTEL_TRACES_SAMPLER_ARG (and the endpoint) before `up` to trace into a collector.
      config.put("quarkus.otel.traces.sampler.arg", "0");
    }
    switch (service) {
      case INDEXER -> putDatabase(config, database);
      case FETCHER -> {
        putDatabase(config, database);
        // Locally, and in the pipeline test, the pages to fetch are on this machine.
        config.put("broadsheet.fetch.allow-loopback", "true");
      }
      case EXTRACTOR -> {}
    }
    return config;
  }

  private static void putDatabase(Map<String, String> config, PostgresServer database) {
    config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
    config.put("quarkus.datasource.username", database.username());
    config.put("quarkus.datasource.password", database.password());
  }

  private ServiceConfig() {}
}
