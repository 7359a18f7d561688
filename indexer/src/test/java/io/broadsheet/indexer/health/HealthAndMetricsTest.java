package io.broadsheet.indexer.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class HealthAndMetricsTest {

  @Test
  void readinessReportsTheDatabaseAndTheBrokerUp() {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"))
                    .body(
                        "checks.name",
                        hasItems(
                            "Database connections health check",
                            "SmallRye Reactive Messaging - readiness check")));
  }

  @Test
  void metricsExposeTheIndexedCounterForEveryOutcome() {
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("broadsheet_articles_indexed_total{outcome=\"inserted\"}"))
        .body(containsString("broadsheet_articles_indexed_total{outcome=\"updated\"}"))
        .body(containsString("broadsheet_articles_indexed_total{outcome=\"unchanged\"}"))
        .body(containsString("broadsheet_pipeline_latency_seconds_bucket{le="));
  }
}
