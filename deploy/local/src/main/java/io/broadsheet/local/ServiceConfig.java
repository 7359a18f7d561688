package io.broadsheet.local;

import io.broadsheet.testsupport.PostgresServer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration a service needs to join a stack: its HTTP port, the broker, and for the indexer
 * the database. Keys are Quarkus configuration keys, handed to the service as system properties
 * (which outrank its application.properties, profile-specific entries included).
 */
public final class ServiceConfig {

  /**
   * @param httpPort the service's HTTP port
   * @param bootstrapServers the Kafka broker
   * @param database the indexer's database (ignored for the other services)
   */
  public static Map<String, String> forService(
      Service service, int httpPort, String bootstrapServers, PostgresServer database) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("quarkus.http.port", String.valueOf(httpPort));
    config.put("kafka.bootstrap.servers", bootstrapServers);
    switch (service) {
      case INDEXER -> {
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.username());
        config.put("quarkus.datasource.password", database.password());
      }
      // Locally, and in the pipeline test, the pages to fetch are on this machine.
      case FETCHER -> config.put("broadsheet.fetch.allow-loopback", "true");
      case EXTRACTOR -> {}
    }
    return config;
  }

  private ServiceConfig() {}
}
