package io.broadsheet.fetcher.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.broadsheet.events.Topics;
import io.broadsheet.fetcher.fixtures.Records;
import io.broadsheet.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Health, metrics and the topic names the service is configured with. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class OperationsTest {

  private static String property(String name) {
    return ConfigProvider.getConfig().getValue(name, String.class);
  }

  @Test
  void channelsUseTheContractTopics() {
    assertThat(property("mp.messaging.incoming.fetch-requested.topic"))
        .isEqualTo(Topics.FETCH_REQUESTED);
    assertThat(property("mp.messaging.incoming.fetch-requested.dead-letter-queue.topic"))
        .isEqualTo(Topics.FETCH_REQUESTED_DLQ);
    assertThat(property("mp.messaging.outgoing.fetch-requested-out.topic"))
        .isEqualTo(Topics.FETCH_REQUESTED);
    assertThat(property("mp.messaging.outgoing.pages-fetched.topic"))
        .isEqualTo(Topics.PAGES_FETCHED);
    assertThat(property("mp.messaging.outgoing.pages-rejected.topic"))
        .isEqualTo(Topics.PAGES_REJECTED);
  }

  @Test
  void producersAllowTheContractRecordSize() {
    for (String channel : new String[] {"fetch-requested-out", "pages-fetched", "pages-rejected"}) {
      assertThat(property("mp.messaging.outgoing." + channel + ".max.request.size"))
          .isEqualTo(String.valueOf(Topics.MAX_MESSAGE_BYTES));
      assertThat(property("mp.messaging.outgoing." + channel + ".compression.type"))
          .isEqualTo("zstd");
    }
  }

  @Test
  void isReadyWhenConnectedToTheBroker() {
    given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void exposesBroadsheetMetrics() {
    // Port 9 on loopback: the fetch fails with a refused connection, without the network.
    String url = "http://127.0.0.1:9/metrics-probe";
    given()
        .contentType(ContentType.JSON)
        .body("{\"urls\": [\"" + url + "\"]}")
        .post("/urls")
        .then()
        .statusCode(202);
    Records.awaitRecord(
        ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
        Topics.PAGES_REJECTED,
        r -> url.equals(r.key()));

    // The counter moves just after the broker acknowledges the rejection: poll for it.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        given()
                            .when()
                            .get("/q/metrics")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString())
                    .contains("broadsheet_fetch_requested_total")
                    .contains("broadsheet_pages_fetched_total")
                    .contains("broadsheet_fetch_bytes_count")
                    .containsPattern(
                        "broadsheet_pages_rejected_total\\{[^}]*reason=\"connection\"[^}]*stage=\"fetcher\""));
  }
}
