package io.broadsheet.indexer.story;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.fixtures.ArticleBuilder;
import io.broadsheet.indexer.fixtures.Publish;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Near-duplicate and exact copies of a story on several sites end up in one story. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class StoriesTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  private static final String[] WIRE = {
    "Engineers from the regional water board closed the old dam at Millbrook on Thursday after"
        + " inspectors found cracks in its northern wall, the board said in a statement.",
    "Around four hundred residents of the valley below the dam were asked to leave their homes"
        + " as a precaution, and the main road to the village was shut until further notice.",
    "The board said the cracks were discovered during a routine check and that there was no"
        + " immediate danger, but that it would lower the water level over the coming days.",
    "The dam was built in 1931 and last renovated in 1998. A report published last year had"
        + " warned that several structures in the region needed urgent repairs."
  };

  private void indexInOrder(List<ArticleExtracted> articles) {
    for (ArticleExtracted a : articles) {
      Publish.article(bootstrap, a);
      await()
          .atMost(WAIT)
          .untilAsserted(() -> given().get("/articles/{id}", a.id()).then().statusCode(200));
    }
  }

  @Test
  void reprintsAndExactCopiesJoinTheFirstArticlesStoryAndOtherStoriesDoNot() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    ArticleExtracted original =
        ArticleBuilder.at("https://wire-" + run + ".example.org/dam")
            .title("Dam closed after cracks found")
            .body(WIRE)
            .build();
    ArticleExtracted reprint =
        ArticleBuilder.at("https://daily-" + run + ".example.net/news/dam-cracks")
            .title("Millbrook dam shut, residents evacuated")
            .body(
                "MILLBROOK (Wire) - " + WIRE[0],
                WIRE[1].replace("Around four hundred", "About 400"),
                WIRE[2],
                WIRE[3],
                "Our reporter at the scene said the mood in the village was calm.")
            .build();
    ArticleExtracted exactCopy =
        ArticleBuilder.at("https://mirror-" + run + ".example.com/dam")
            .title("Cracks close dam")
            .body(WIRE)
            .build();
    ArticleExtracted sameSubject =
        ArticleBuilder.at("https://local-" + run + ".example.org/dam-opinion")
            .title("Our dams need money, not promises")
            .body(
                "For years the water board has told us that the dams of this region were safe, and"
                    + " for years it has postponed the repairs its own engineers asked for.",
                "The closure of the Millbrook dam this week should be the last warning. Families"
                    + " in the valley deserve a plan, a budget and a date, not another study.")
            .build();

    indexInOrder(List.of(original, reprint, exactCopy, sameSubject));

    String story = storyOf(original);
    assertThat(story).isEqualTo(original.id());
    assertThat(storyOf(reprint)).isEqualTo(story);
    assertThat(storyOf(exactCopy)).isEqualTo(story);
    assertThat(storyOf(sameSubject)).isEqualTo(sameSubject.id());

    given()
        .get("/stories/{id}", story)
        .then()
        .statusCode(200)
        .body("size", equalTo(3))
        .body("articles.id", equalTo(List.of(original.id(), reprint.id(), exactCopy.id())));
    given()
        .get("/articles/{id}", original.id())
        .then()
        .body("story.size", equalTo(3))
        .body("duplicates", equalTo(List.of(exactCopy.id())));
    assertThat(
            given()
                .queryParam("story", story)
                .get("/articles")
                .then()
                .extract()
                .<List<String>>path("items.id"))
        .containsExactlyInAnyOrder(original.id(), reprint.id(), exactCopy.id());
  }

  @Test
  void copiesPublishedAtTheSameMomentJoinOneStory() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    // A body of its own (a run token between all words), so no other test's story is near it.
    String[] body =
        java.util.Arrays.stream(WIRE)
            .map(p -> p.replace(" ", " x" + run + " "))
            .toArray(String[]::new);
    List<ArticleExtracted> copies =
        List.of(
            ArticleBuilder.at("https://a-" + run + ".example.org/dam")
                .title("A")
                .body(body)
                .build(),
            ArticleBuilder.at("https://b-" + run + ".example.org/dam")
                .title("B")
                .body(body)
                .build(),
            ArticleBuilder.at("https://c-" + run + ".example.org/dam")
                .title("C")
                .body(body)
                .build());

    copies.forEach(a -> Publish.article(bootstrap, a));
    copies.forEach(
        a ->
            await()
                .atMost(WAIT)
                .untilAsserted(() -> given().get("/articles/{id}", a.id()).then().statusCode(200)));

    assertThat(copies.stream().map(StoriesTest::storyOf).distinct()).hasSize(1);
  }

  @Test
  void anUnknownStoryIs404() {
    given()
        .get("/stories/{id}", "no-such-story")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("no story with id no-such-story"));
  }

  private static String storyOf(ArticleExtracted article) {
    return given().get("/articles/{id}", article.id()).then().extract().path("story_id");
  }
}
