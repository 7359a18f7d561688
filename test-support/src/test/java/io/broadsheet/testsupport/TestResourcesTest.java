package io.broadsheet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.Topics;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Quarkus test resources, driven as Quarkus drives them: start(), then use the config. */
class TestResourcesTest {

  @Test
  void kafkaResourcePointsAtASharedBrokerWithTheTopics() {
    KafkaTestResource resource = new KafkaTestResource();
    Map<String, String> config = resource.start();
    resource.stop();

    String bootstrap = config.get("kafka.bootstrap.servers");
    assertThat(bootstrap).isEqualTo(SharedInfra.kafka().bootstrapServers());
    assertThat(TestKafka.recordsWritten(bootstrap, Topics.ARTICLES_EXTRACTED)).isZero();
    assertThat(config).containsEntry("quarkus.log.category.\"kafka\".level", "WARN");
    // Stopping one test class's resource leaves the broker for the next class.
    assertThat(new KafkaTestResource().start()).containsEntry("kafka.bootstrap.servers", bootstrap);
  }

  @Test
  void postgresResourceGivesAWorkingDatasource() throws SQLException {
    PostgresTestResource resource = new PostgresTestResource();
    Map<String, String> config = resource.start();
    resource.stop();

    try (Connection c =
            DriverManager.getConnection(
                config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }
}
