package io.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.testsupport.PostgresServer;
import org.junit.jupiter.api.Test;

class ServiceConfigTest {

  private static final PostgresServer DATABASE =
      new PostgresServer() {
        @Override
        public String jdbcUrl() {
          return "jdbc:postgresql://localhost:15432/broadsheet";
        }

        @Override
        public String username() {
          return "broadsheet";
        }

        @Override
        public String password() {
          return "secret";
        }

        @Override
        public void close() {}
      };

  @Test
  void everyServiceGetsItsPortAndTheBroker() {
    for (Service service : Service.values()) {
      assertThat(ServiceConfig.forService(service, 18080, "localhost:19092", DATABASE))
          .containsEntry("quarkus.http.port", "18080")
          .containsEntry("kafka.bootstrap.servers", "localhost:19092");
    }
  }

  @Test
  void theIndexerAndTheFetcherGetTheDatabase() {
    for (Service service : new Service[] {Service.INDEXER, Service.FETCHER}) {
      assertThat(ServiceConfig.forService(service, 8080, "localhost:9092", DATABASE))
          .containsEntry(
              "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:15432/broadsheet")
          .containsEntry("quarkus.datasource.username", "broadsheet")
          .containsEntry("quarkus.datasource.password", "secret");
    }
    assertThat(ServiceConfig.forService(Service.EXTRACTOR, 8082, "localhost:9092", DATABASE))
        .doesNotContainKey("quarkus.datasource.jdbc.url");
  }

  @Test
  void theFetcherMayFetchFromThisMachine() {
    assertThat(ServiceConfig.forService(Service.FETCHER, 8081, "localhost:9092", DATABASE))
        .containsEntry("broadsheet.fetch.allow-loopback", "true");
    assertThat(ServiceConfig.forService(Service.INDEXER, 8080, "localhost:9092", DATABASE))
        .doesNotContainKey("broadsheet.fetch.allow-loopback");
  }

  @Test
  void servicesKeepNoTraceUnlessTheCallerChoseAShare() {
    for (Service service : Service.values()) {
      assertThat(ServiceConfig.forService(service, 8080, "localhost:9092", DATABASE, name -> null))
          .containsEntry("quarkus.otel.traces.sampler.arg", "0");
      assertThat(
              ServiceConfig.forService(
                  service,
                  8080,
                  "localhost:9092",
                  DATABASE,
                  name -> name.equals(ServiceConfig.SAMPLER_RATIO_ENV) ? "1.0" : null))
          .doesNotContainKey("quarkus.otel.traces.sampler.arg");
    }
  }
}
