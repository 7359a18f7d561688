package io.broadsheet.fetcher.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.broadsheet.testsupport.KafkaTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The /sources contract: shapes, status codes and error messages. Nothing here is polled. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class SourcesResourceTest {

  /** A source URL no other test uses (on a closed port: these sources are never read here). */
  private static String uniqueUrl() {
    return "http://127.0.0.1:9/feeds/" + UUID.randomUUID() + ".xml";
  }

  private static ValidatableResponse post(String body) {
    return given().contentType(ContentType.JSON).body(body).post("/sources").then();
  }

  private static void badRequest(String body, String error) {
    post(body).statusCode(400).contentType(ContentType.JSON).body("error", equalTo(error));
  }

  @Test
  void createsASourceWithItsIdAndLocation() {
    String url = uniqueUrl();
    String id =
        post("{\"url\": \"" + url + "\", \"kind\": \"feed\", \"interval\": \"PT5M\"}")
            .statusCode(201)
            .body("id", startsWith("src-"))
            .body("url", equalTo(url))
            .body("kind", equalTo("feed"))
            .body("interval", equalTo("PT5M"))
            .body("current_interval", equalTo("PT5M"))
            .body("origin", equalTo("api"))
            .body("status", equalTo("new"))
            .body("polls", equalTo(0))
            .body("consecutive_failures", equalTo(0))
            .extract()
            .path("id");
    given()
        .get("/sources/{id}", id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("url", equalTo(url));
    given().get("/sources").then().statusCode(200).body("sources.id", hasItem(id));
  }

  @Test
  void answersWithTheLocationOfTheNewSource() {
    io.restassured.response.ExtractableResponse<?> created =
        post("{\"url\": \"" + uniqueUrl() + "\"}").statusCode(201).extract();
    String id = created.path("id");
    org.assertj.core.api.Assertions.assertThat(created.header("Location"))
        .startsWith("http")
        .endsWith("/sources/" + id);
  }

  @Test
  void refusesADuplicateUrlWithTheExistingId() {
    String url = uniqueUrl();
    String id = post("{\"url\": \"" + url + "\"}").statusCode(201).extract().path("id");
    // The same URL spelled differently is the same source.
    String respelled = url.replace("http://", "HTTP://").replace(".xml", ".xml?utm_source=x#top");
    post("{\"url\": \"" + respelled + "\", \"kind\": \"feed\"}")
        .statusCode(409)
        .body("existing_id", equalTo(id))
        .body("error", equalTo("a source with URL " + url + " already exists: " + id));
  }

  @Test
  void refusesBadInputSayingWhatIsWrong() {
    badRequest(
        "",
        "empty body; expected {\"url\": \"https://...\", \"kind\": \"feed\", \"interval\": \"PT5M\"}");
    badRequest("[1]", "body must be a JSON object {\"url\": ...}");
    badRequest("{\"kind\": \"feed\"}", "\"url\" is missing");
    badRequest("{\"url\": 5}", "\"url\" must be a string");
    badRequest(
        "{\"url\": \"ftp://example.org/feed\"}",
        "\"url\" is not a valid URL: not http(s): scheme ftp");
    badRequest(
        "{\"url\": \"" + uniqueUrl() + "\", \"kind\": \"podcast\"}",
        "\"kind\" is unknown: \"podcast\"; expected one of feed|sitemap|list|site or none to detect"
            + " it");
    badRequest(
        "{\"url\": \"" + uniqueUrl() + "\", \"interval\": \"5 minutes\"}",
        "\"interval\" is not an ISO-8601 duration such as PT5M: \"5 minutes\"");
    badRequest(
        "{\"url\": \"" + uniqueUrl() + "\", \"interval\": \"PT1S\"}",
        "\"interval\" PT1S is out of bounds: it must be between PT1M and PT6H");
    badRequest(
        "{\"url\": \"" + uniqueUrl() + "\", \"interval\": \"P30D\"}",
        "\"interval\" P30D is out of bounds: it must be between PT1M and PT6H");
    badRequest(
        "{\"url\": \"" + uniqueUrl() + "\", \"interval\": \"-PT5M\"}",
        "\"interval\" must be positive: -PT5M");
    badRequest(
        "{\"url\": \"" + uniqueUrl() + "\", \"every\": \"PT5M\"}",
        "unknown field \"every\"; expected [url, kind, interval, include, exclude, max_depth]");
    badRequest(
        "{\"url\": \"" + uniqueUrl() + "\", \"kind\": \"site\", \"include\": \"([a-z\"}",
        "\"include\" is not a regular expression: Unclosed character class");
    badRequest(
        "{\"url\": \"" + uniqueUrl() + "\", \"kind\": \"feed\", \"max_depth\": 2}",
        "\"include\", \"exclude\" and \"max_depth\" apply to kind site only, not feed");
    badRequest(
        "{\"url\": \"" + uniqueUrl() + "\", \"kind\": \"site\", \"max_depth\": 9}",
        "\"max_depth\" 9 is out of bounds: it must be between 0 and 5");
  }

  @Test
  void replacesASource() {
    String id = post("{\"url\": \"" + uniqueUrl() + "\"}").statusCode(201).extract().path("id");
    String url = uniqueUrl();
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"url\": \""
                + url
                + "\", \"kind\": \"site\", \"interval\": \"PT30M\", \"include\": \"/news/\","
                + " \"max_depth\": 2}")
        .put("/sources/{id}", id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("url", equalTo(url))
        .body("kind", equalTo("site"))
        .body("interval", equalTo("PT30M"))
        .body("include", equalTo("/news/"))
        .body("max_depth", equalTo(2));
    given()
        .contentType(ContentType.JSON)
        .body("{\"url\": \"" + url + "\", \"kind\": \"wiki\"}")
        .put("/sources/{id}", id)
        .then()
        .statusCode(400);
  }

  @Test
  void refusesToMoveASourceOntoAnotherOnesUrl() {
    String taken = uniqueUrl();
    String first = post("{\"url\": \"" + taken + "\"}").statusCode(201).extract().path("id");
    String second = post("{\"url\": \"" + uniqueUrl() + "\"}").statusCode(201).extract().path("id");
    given()
        .contentType(ContentType.JSON)
        .body("{\"url\": \"" + taken + "\"}")
        .put("/sources/{id}", second)
        .then()
        .statusCode(409)
        .body("existing_id", equalTo(first));
  }

  @Test
  void deletesASource() {
    String id = post("{\"url\": \"" + uniqueUrl() + "\"}").statusCode(201).extract().path("id");
    given().delete("/sources/{id}", id).then().statusCode(204);
    given().get("/sources/{id}", id).then().statusCode(404);
    given().delete("/sources/{id}", id).then().statusCode(404);
  }

  @Test
  void answers404ForAnUnknownId() {
    given()
        .get("/sources/{id}", "src-999999999")
        .then()
        .statusCode(404)
        .body("error", equalTo("no source src-999999999"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"url\": \"" + uniqueUrl() + "\"}")
        .put("/sources/{id}", "src-999999999")
        .then()
        .statusCode(404);
    given().post("/sources/{id}/poll", "src-999999999").then().statusCode(404);
  }
}
