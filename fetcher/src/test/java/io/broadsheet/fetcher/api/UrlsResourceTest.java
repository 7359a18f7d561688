package io.broadsheet.fetcher.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.broadsheet.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class UrlsResourceTest {

  private static io.restassured.response.ValidatableResponse post(String body) {
    return given().contentType(ContentType.JSON).body(body).when().post("/urls").then();
  }

  @Test
  void answersWithAVerdictPerUrl() {
    // Port 9 on loopback: nothing listens, so the fetch that follows fails fast, off the network.
    post("{\"urls\": [\"HTTP://LocalHost:9/a/../story#top\", \"ftp://example.org/f\", \"  \"]}")
        .statusCode(202)
        .contentType(ContentType.JSON)
        .body("accepted", equalTo(1))
        .body("invalid", equalTo(2))
        .body("results[0].url", equalTo("HTTP://LocalHost:9/a/../story#top"))
        .body("results[0].status", equalTo("accepted"))
        .body("results[0].normalized_url", equalTo("http://localhost:9/story"))
        .body("results[0]", not(hasKey("reason")))
        .body("results[1].url", equalTo("ftp://example.org/f"))
        .body("results[1].status", equalTo("invalid"))
        .body("results[1].reason", equalTo("not http(s): scheme ftp"))
        .body("results[1]", not(hasKey("normalized_url")))
        .body("results[2].reason", equalTo("blank"));
  }

  @Test
  void rejectsBodyThatIsNotJson() {
    post("urls=https://example.org/")
        .statusCode(400)
        .contentType(ContentType.JSON)
        .body("error", org.hamcrest.Matchers.startsWith("body is not JSON: "));
  }

  @Test
  void rejectsEmptyBody() {
    given()
        .contentType(ContentType.JSON)
        .when()
        .post("/urls")
        .then()
        .statusCode(400)
        .body("error", equalTo("empty body; expected {\"urls\": [\"https://...\"]}"));
  }

  @Test
  void rejectsBodyThatIsNotAnObject() {
    post("[\"https://example.org/\"]")
        .statusCode(400)
        .body("error", equalTo("body must be a JSON object {\"urls\": [...]}"));
  }

  @Test
  void rejectsMissingUrls() {
    post("{\"links\": []}").statusCode(400).body("error", equalTo("\"urls\" is missing"));
  }

  @Test
  void rejectsUrlsThatAreNotAnArray() {
    post("{\"urls\": \"https://example.org/\"}")
        .statusCode(400)
        .body("error", equalTo("\"urls\" must be an array of strings"));
  }

  @Test
  void rejectsArrayHoldingANonString() {
    post("{\"urls\": [\"https://example.org/\", 42]}")
        .statusCode(400)
        .body("error", equalTo("\"urls\"[1] is not a string"));
  }

  @Test
  void rejectsEmptyArray() {
    post("{\"urls\": []}").statusCode(400).body("error", equalTo("\"urls\" is empty"));
  }

  @Test
  void rejectsMoreThanAThousandUrls() {
    String urls = String.join(",", Collections.nCopies(1001, "\"https://example.org/\""));
    post("{\"urls\": [" + urls + "]}")
        .statusCode(400)
        .body("error", equalTo("too many URLs: 1001, at most 1000 per request"));
  }
}
