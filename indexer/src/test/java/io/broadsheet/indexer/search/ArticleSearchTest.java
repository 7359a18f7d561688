package io.broadsheet.indexer.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.fixtures.ArticleBuilder;
import io.broadsheet.indexer.fixtures.Publish;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /articles} full-text search over articles indexed from the broker. Each test uses its
 * own site, and filters on it, so other tests' articles never interfere.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleSearchTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  private static String newSite() {
    return "s" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
  }

  private void index(List<ArticleExtracted> articles) {
    articles.forEach(a -> Publish.article(bootstrap, a));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                articles.forEach(
                    a -> given().get("/articles/{id}", a.id()).then().statusCode(200)));
  }

  private static RequestSpecification on(String site) {
    return given().queryParam("site", site);
  }

  private static List<String> titles(RequestSpecification request) {
    return request.get("/articles").then().statusCode(200).extract().path("items.title");
  }

  @Test
  void aQueryFindsStemmedWordsInEachArticlesOwnLanguage() {
    String site = newSite();
    index(
        List.of(
            ArticleBuilder.at("https://" + site + "/en")
                .title("Voters head to the polls")
                .language("en-GB")
                .body("The elections were held on Sunday in all regions.")
                .build(),
            ArticleBuilder.at("https://" + site + "/de")
                .title("Die Bürger stimmen ab")
                .language("de")
                .body("Die Wahlen finden am Sonntag in allen Ländern statt.")
                .build()));

    assertThat(titles(on(site).queryParam("q", "election")))
        .containsExactly("Voters head to the polls");
    assertThat(titles(on(site).queryParam("q", "Wahl"))).containsExactly("Die Bürger stimmen ab");
    assertThat(titles(on(site).queryParam("q", "Wahl").queryParam("language", "en"))).isEmpty();
  }

  @Test
  void relevanceRanksAHeadlineMatchAboveABodyMention() {
    String site = newSite();
    index(
        List.of(
            ArticleBuilder.at("https://" + site + "/mention")
                .title("City budget passes")
                .published("2024-05-03T10:00:00Z")
                .body("Among many items, the budget sets money aside for the harbour.")
                .build(),
            ArticleBuilder.at("https://" + site + "/headline")
                .title("Harbour to be dredged")
                .published("2024-05-01T10:00:00Z")
                .body("Work on the harbour starts next year.")
                .build()));

    assertThat(titles(on(site).queryParam("q", "harbour").queryParam("sort", "relevance")))
        .containsExactly("Harbour to be dredged", "City budget passes");
    assertThat(titles(on(site).queryParam("q", "harbour")))
        .containsExactly("City budget passes", "Harbour to be dredged");
  }

  @Test
  void webSearchSyntaxSupportsPhrasesAndExclusions() {
    String site = newSite();
    index(
        List.of(
            ArticleBuilder.at("https://" + site + "/1")
                .title("One")
                .body("The river bridge opens in May.")
                .build(),
            ArticleBuilder.at("https://" + site + "/2")
                .title("Two")
                .body("A bridge over the river, and a tunnel.")
                .build()));

    assertThat(titles(on(site).queryParam("q", "\"river bridge\""))).containsExactly("One");
    assertThat(titles(on(site).queryParam("q", "bridge -tunnel"))).containsExactly("One");
    assertThat(titles(on(site).queryParam("q", "tunnel or opens")))
        .containsExactlyInAnyOrder("One", "Two");
  }

  @Test
  void snippetsMarkTheMatchesAndEscapeTheText() {
    String site = newSite();
    index(
        List.of(
            ArticleBuilder.at("https://" + site + "/s")
                .title("Markup")
                .body("Engineers said bridges built before 1970 < 50 tonnes need checks & repairs.")
                .build()));

    String snippet =
        on(site)
            .queryParam("q", "bridge")
            .get("/articles")
            .then()
            .extract()
            .path("items[0].snippet");

    assertThat(snippet).contains("<mark>bridges</mark>").contains("&amp;");
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    on(site).get("/articles").then().body("items[0].snippet", equalTo(null));
  }

  @Test
  void theSnippetComesFromTheFirstParagraphHoldingAWordOfTheQuery() {
    String site = newSite();
    List<String> paragraphs = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      paragraphs.add("Council members discussed the budget for item " + i + " at length.");
    }
    paragraphs.add("Late in the evening the lighthouse keeper arrived with a lantern.");
    paragraphs.add("The lighthouse was closed for repairs the following week.");
    index(
        List.of(
            ArticleBuilder.at("https://" + site + "/long")
                .title("Harbour news")
                .body(paragraphs.toArray(String[]::new))
                .build()));

    assertThat(snippet(site, "lighthouse"))
        .contains("<mark>lighthouse</mark> keeper")
        .doesNotContain("Council", "repairs");
    assertThat(snippet(site, "\"lighthouse keeper\""))
        .contains("<mark>lighthouse</mark>")
        .contains("lantern")
        .doesNotContain("repairs");
    // Both words are needed to match, but they sit in different paragraphs: the first paragraph
    // holding either is shown, with its word marked.
    assertThat(snippet(site, "budget lantern"))
        .startsWith("Council members")
        .contains("<mark>budget</mark>")
        .doesNotContain("lantern");
    // A match in the headline only: the opening of the body, nothing marked.
    assertThat(snippet(site, "harbour")).startsWith("Council members").doesNotContain("<mark>");
  }

  private static String snippet(String site, String query) {
    return on(site)
        .queryParam("q", query)
        .get("/articles")
        .then()
        .statusCode(200)
        .extract()
        .path("items[0].snippet");
  }

  @Test
  void filtersNarrowByFieldAndPublicationTime() {
    String site = newSite();
    index(
        List.of(
            ArticleBuilder.at("https://" + site + "/a")
                .title("A")
                .section("Sport")
                .topics("football", "cup")
                .authors("Ada Lovelace")
                .published("2024-05-01T23:30:00-02:00")
                .build(),
            ArticleBuilder.at("https://" + site + "/b")
                .title("B")
                .section("Politics")
                .topics("cup")
                .authors("Grace Hopper")
                .language("fr")
                .published("2024-05-01T12:00:00Z")
                .build()));

    assertThat(titles(on(site).queryParam("section", "Sport"))).containsExactly("A");
    assertThat(titles(on(site).queryParam("topic", "cup"))).containsExactly("A", "B");
    assertThat(titles(on(site).queryParam("topic", "football"))).containsExactly("A");
    assertThat(titles(on(site).queryParam("author", "Grace Hopper"))).containsExactly("B");
    assertThat(titles(on(site).queryParam("language", "fr"))).containsExactly("B");
    assertThat(titles(on(site).queryParam("language", "en"))).containsExactly("A");
    // A was published 2024-05-02T01:30Z: outside the UTC day of 2024-05-01.
    assertThat(titles(on(site).queryParam("from", "2024-05-01").queryParam("to", "2024-05-01")))
        .containsExactly("B");
    assertThat(titles(on(site).queryParam("from", "2024-05-02T00:00:00Z"))).containsExactly("A");
    assertThat(titles(on("nothing-" + site))).isEmpty();
  }

  @Test
  void pagesStayStableWhileNewerArticlesArrive() {
    String site = newSite();
    List<ArticleExtracted> first = new ArrayList<>();
    for (int day = 1; day <= 5; day++) {
      first.add(
          ArticleBuilder.at("https://" + site + "/old-" + day)
              .title("old " + day)
              .published("2024-05-0" + day + "T08:00:00Z")
              .build());
    }
    index(first);
    JsonPath page1 = on(site).queryParam("limit", 2).get("/articles").then().extract().jsonPath();
    assertThat(page1.getList("items.title", String.class)).containsExactly("old 5", "old 4");

    List<ArticleExtracted> newer = new ArrayList<>();
    for (int day = 6; day <= 8; day++) {
      newer.add(
          ArticleBuilder.at("https://" + site + "/new-" + day)
              .title("new " + day)
              .published("2024-05-0" + day + "T08:00:00Z")
              .build());
    }
    index(newer);

    List<String> rest = new ArrayList<>();
    String cursor = page1.getString("next");
    while (cursor != null) {
      JsonPath page =
          on(site)
              .queryParam("limit", 2)
              .queryParam("cursor", cursor)
              .get("/articles")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      rest.addAll(page.getList("items.title", String.class));
      cursor = page.getString("next");
    }
    assertThat(rest).containsExactly("old 3", "old 2", "old 1");
  }

  @Test
  void badParametersGetAProblemNamingTheParameter() {
    given()
        .queryParam("sort", "relevance")
        .get("/articles")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("title", equalTo("Bad Request"))
        .body("parameter", equalTo("sort"))
        .body("detail", equalTo("sort=relevance needs a query (q)"))
        .body("error", equalTo("sort=relevance needs a query (q)"));
    given()
        .queryParam("q", "x".repeat(501))
        .get("/articles")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("q"))
        .body("detail", containsString("the longest accepted is 500"));
  }
}
