package io.broadsheet.extractor.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import io.broadsheet.events.CloudEventHeaders;
import io.broadsheet.events.EventCodec;
import io.broadsheet.events.EventType;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.Topics;
import io.broadsheet.extractor.extract.Pages;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.TestKafka;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class FillRateMetricsTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @Test
  void anExtractedPageShowsUpInTheSitesFillRateCountersOnTheMetricsEndpoint() {
    // a site of its own, so other tests' articles cannot make this pass
    String site = UUID.randomUUID() + ".example";
    PageFetched page =
        Pages.html("https://" + site + "/2024/03/ferry", Pages.fixture("news-article.html"));
    String canonical = "https://" + site + "/2024/03/harbour-ferry-returns";

    TestKafka.send(
        bootstrap,
        Topics.PAGES_FETCHED,
        site,
        EventCodec.toJson(page),
        CloudEventHeaders.create(EventType.PAGE_FETCHED, "/broadsheet/fetcher", page.finalUrl())
            .toKafkaHeaders());
    // Other tests in this application publish too (replays re-extract many pages): wait for this
    // page's own article, not for a record count.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                TestKafka.poll(
                        bootstrap,
                        Topics.ARTICLES_EXTRACTED,
                        Integer.MAX_VALUE,
                        Duration.ofSeconds(2))
                    .stream()
                    .anyMatch(r -> canonical.equals(r.key())));

    given()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(
            containsString("broadsheet_extract_site_articles_total{site=\"" + site + "\"} "),
            containsString(
                "broadsheet_extract_site_fields_total{field=\"title\",site=\"" + site + "\"} "),
            containsString(
                "broadsheet_extract_site_fields_total{field=\"subtitle\",site=\""
                    + site
                    + "\"} 0.0"),
            containsString("broadsheet_extract_site_tracked "));
  }
}
