package io.broadsheet.fetcher.discovery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.broadsheet.events.EventCodec;
import io.broadsheet.events.FetchRequested;
import io.broadsheet.events.Topics;
import io.broadsheet.fetcher.fixtures.DiscoverySite;
import io.broadsheet.fetcher.fixtures.Records;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With background polling on, a source added through the API is polled without being asked. */
@QuarkusTest
@TestProfile(BackgroundPollingTest.Polling.class)
class BackgroundPollingTest {

  /** Background polling on, looking for due sources every 200 ms. */
  public static class Polling implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("broadsheet.discovery.enabled", "true", "broadsheet.discovery.tick", "PT0.2S");
    }
  }

  private DiscoverySite site;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @BeforeEach
  void startSite() {
    site = new DiscoverySite();
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void pollsANewSourceByItselfAndSchedulesTheNextPoll() {
    String id =
        given()
            .contentType(ContentType.JSON)
            .body("{\"url\": \"" + site.url("/rss1.rdf") + "\", \"interval\": \"PT5M\"}")
            .post("/sources")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> given().get("/sources/{id}", id).then().extract().<Integer>path("polls") > 0);

    List<String> urls =
        Records.all(bootstrap, Topics.FETCH_REQUESTED).stream()
            .filter(r -> Records.text(r).contains(site.url("/")))
            .map(r -> EventCodec.fromJson(r.value(), FetchRequested.class))
            .peek(e -> assertThat(e.source()).isEqualTo(id))
            .map(FetchRequested::url)
            .toList();
    assertThat(urls)
        .containsExactlyInAnyOrder(
            site.url("/articles/rdf-1.html"), site.url("/articles/rdf-2.html"));
    Map<String, Object> source = given().get("/sources/{id}", id).then().extract().path("");
    assertThat(source).containsEntry("status", "ok").containsEntry("kind", "feed");
    // Polled once, then not again before its (halved) interval: PT2M30S +-10%.
    assertThat(source.get("polls")).isEqualTo(1);
    assertThat(site.requests("/rss1.rdf")).isEqualTo(1);
  }
}
