package io.broadsheet.extractor.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.broadsheet.events.Topics;
import io.broadsheet.extractor.extract.Pages;
import io.broadsheet.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class HealthAndMetricsTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void isReadyWhenConnectedToTheBrokerAndSaysSoInTheMessagingCheck() {
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Reactive Messaging")));
  }

  @Test
  void countsRejectionsByStageAndReasonAndTimesExtraction() {
    KafkaFixtures kafka = new KafkaFixtures(bootstrap);
    String url = "https://" + UUID.randomUUID() + ".example/report.pdf";
    long before = kafka.written(Topics.PAGES_REJECTED);
    kafka.sendPage(Pages.page(url, "application/pdf", null, null, new byte[] {'%', 'P'}));
    kafka.awaitRecord(Topics.PAGES_REJECTED, before, url);

    given()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(
            containsString(
                "broadsheet_pages_rejected_total{reason=\"unsupported-type\",stage=\"extractor\"}"),
            containsString("broadsheet_extract_duration_seconds_count{stage=\"extractor\"}"),
            containsString("broadsheet_articles_extracted_total{stage=\"extractor\"}"));
  }
}
