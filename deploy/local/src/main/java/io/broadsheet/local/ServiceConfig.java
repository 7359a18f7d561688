package io.broadsheet.local;

import io.broadsheet.testsupport.PostgresServer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration a service needs to join a stack: its HTTP port, the broker, and for the indexer
 * and the fetcher the database (the fetcher keeps its sources and seen URLs in schema {@code
 * fetcher}). Keys are Quarkus configuration keys, handed to the service as system properties (which
 * outrank its application.properties, profile-specific entries included).
 */
public final class ServiceConfig {

  /**
   * @param httpPort the service's HTTP port
   * @param bootstrapServers the Kafka broker
   * @param database the database of the indexer and the fetcher (ignored for the extractor)
   */
  public static Map<String, String> forService(
      Service service, int httpPort, String bootstrapServers, PostgresServer database) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("quarkus.http.port", String.valueOf(httpPort));
    config.put("kafka.bootstrap.servers", bootstrapServers);
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
