package io.broadsheet.indexer.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.ArticleExtracted.Kind;
import io.broadsheet.indexer.fixtures.Publish;
import io.broadsheet.indexer.store.Article;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader page ({@code /}) in headless Chromium, over articles indexed from the real broker into
 * the real database: the listing, search, the article view, live arrivals and error messages.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ReaderPageBrowserTest {

  private static final String FIRST_TITLE = "Council agrees to restore the lighthouse";
  private static final String CURRENT_TITLE = "Lighthouse on the north pier to be restored";
  private static final String STORM_TITLE = "Storm closes the harbour road";

  private static HeadlessChromium chromium;
  private static boolean newsDayIndexed;

  @RegisterExtension
  static final TestWatcher SCREENSHOT_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (chromium != null) {
            chromium.screenshot(context.getRequiredTestMethod().getName());
          }
        }
      };

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @TestHTTPResource("/")
  URL root;

  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void browserOverTheNewsDay() {
    if (chromium == null) {
      chromium = HeadlessChromium.startOrAbort();
    }
    driver = chromium.driver();
    wait = chromium.waiting();
    if (!newsDayIndexed) {
      indexNewsDay();
      newsDayIndexed = true;
    }
  }

  @AfterAll
  static void closeBrowser() {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
  }

  @Test
  void frontPageListsStoriesNewestFirstWithOtherSitesCopiesFoldedIn() {
    driver.get(root.toString());

    List<WebElement> stories = waitForStories(4);
    // The live test may already have added its article at the top; the news day follows it.
    assertThat(cardTitles(stories))
        .filteredOn(title -> !title.equals(STORM_TITLE))
        .containsExactly(
            "North pier lighthouse to shine again",
            "Ferry timetable thins out for the winter",
            "Old keepers' cottages become a small museum",
            "Fish market moves to the old quay");
    WebElement lighthouse = storyTitled(stories, "North pier lighthouse to shine again");
    assertThat(lighthouse.findElement(By.cssSelector(".copies")).getText())
        .isEqualTo("Also at Harbour Gazette");
    assertThat(
            storyTitled(stories, "Ferry timetable thins out for the winter")
                .findElement(By.cssSelector("time.published"))
                .getText())
        .isEqualTo("3 Mar 2025, 18:00 UTC+01:00");
  }

  @Test
  void loadMoreFollowsTheCursorAndKeepsAStorysCopiesInOneEntryAcrossPages() {
    driver.get(root + "#/search?limit=2");
    waitForStories(1);

    WebElement more = driver.findElement(By.id("more"));
    int clicks = 0;
    while (more.isDisplayed()) {
      int before = articlesShown(driver);
      more.click();
      clicks++;
      wait.until(d -> articlesShown(d) > before || !more.isDisplayed());
    }

    assertThat(clicks).as("pages after the first").isGreaterThanOrEqualTo(2);
    List<WebElement> stories = stories(driver);
    assertThat(cardTitles(stories))
        .filteredOn(title -> !title.equals(STORM_TITLE))
        .containsExactly(
            "North pier lighthouse to shine again",
            "Ferry timetable thins out for the winter",
            "Old keepers' cottages become a small museum",
            "Fish market moves to the old quay");
    assertThat(
            storyTitled(stories, "North pier lighthouse to shine again")
                .findElement(By.cssSelector(".copies"))
                .getText())
        .isEqualTo("Also at Harbour Gazette");
  }

  @Test
  void searchShowsOnlyMatchingArticlesWithTheMatchHighlighted() {
    driver.get(root.toString());
    waitForStories(4);

    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("lighthouse");
    driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();

    wait.until(ExpectedConditions.urlContains("#/search?q=lighthouse"));
    wait.until(
        d ->
            cardTitles(stories(d))
                .equals(
                    List.of(
                        "North pier lighthouse to shine again",
                        "Old keepers' cottages become a small museum")));
    for (WebElement story : stories(driver)) {
      List<WebElement> marks = story.findElements(By.cssSelector(".snippet mark"));
      assertThat(marks).as("highlights in %s", story.getText()).isNotEmpty();
      assertThat(marks)
          .allSatisfy(m -> assertThat(m.getText()).isEqualToIgnoringCase("lighthouse"));
      assertThat(story.getText()).doesNotContain("<mark>");
    }
    assertThat(driver.findElement(By.id("search-heading")).getText()).contains("lighthouse");
  }

  @Test
  void articleViewShowsBodyMetadataVersionsAndTheStorysOtherCopy() {
    driver.get(root.toString());
    WebElement lighthouse = storyTitled(waitForStories(4), "North pier lighthouse to shine again");
    lighthouse.findElement(By.linkText("Harbour Gazette")).click();

    WebElement view =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-view")));
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#article-view h1"), CURRENT_TITLE));
    assertThat(view.findElement(By.cssSelector(".standfirst")).getText())
        .isEqualTo("Work on the north pier begins in April");
    assertThat(view.findElement(By.cssSelector(".byline")).getText())
        .isEqualTo("By Mara Quill and Tomas Reed");
    String facts = view.findElement(By.cssSelector(".facts")).getText();
    assertThat(facts)
        .contains("4 Mar 2025, 09:30 UTC+01:00")
        .contains("4 Mar 2025, 17:45 UTC+01:00")
        .contains("Harbour Gazette")
        .contains("Local")
        .contains("heritage")
        .contains("harbour")
        .contains("Harbour Gazette staff");
    assertThat(view.findElement(By.cssSelector("figcaption")).getText())
        .isEqualTo("The north pier lighthouse at low tide Photo: Ina Brook");

    assertThat(texts(view, ".body > p"))
        .isEqualTo(ReaderArticles.texts(ReaderArticles.LIGHTHOUSE_BODY, Kind.PARAGRAPH));
    assertThat(texts(view, ".body > h2"))
        .isEqualTo(ReaderArticles.texts(ReaderArticles.LIGHTHOUSE_BODY, Kind.HEADING));
    assertThat(texts(view, ".body > ul > li"))
        .isEqualTo(ReaderArticles.texts(ReaderArticles.LIGHTHOUSE_BODY, Kind.LIST_ITEM));
    assertThat(texts(view, ".body > blockquote"))
        .isEqualTo(ReaderArticles.texts(ReaderArticles.LIGHTHOUSE_BODY, Kind.QUOTE));

    List<String> versions = texts(view, ".versions > li");
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0)).startsWith("Version 1").contains(FIRST_TITLE);
    assertThat(versions.get(1))
        .startsWith("Version 2 (current)")
        .contains("title")
        .contains(CURRENT_TITLE);

    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#story-copies .copy-list a")));
    assertThat(texts(view, "#story-copies .copy-list a"))
        .containsExactly("North pier lighthouse to shine again");

    driver.navigate().back();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-view")));
    waitForStories(4);
  }

  @Test
  void anArticleIndexedWhileThePageIsOpenAppearsAtTheTopWithoutAReload() {
    driver.get(root.toString());
    waitForStories(4);
    wait.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-state", "on"));
    driver.executeScript("window.broadsheetTestSameDocument = true;");

    Publish.article(
        bootstrap,
        ReaderArticles.stormRoadClosed(
            OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)));

    wait.until(
        d -> {
          List<WebElement> stories = stories(d);
          return !stories.isEmpty() && cardTitles(stories.subList(0, 1)).contains(STORM_TITLE);
        });
    WebElement top = stories(driver).get(0);
    assertThat(top.findElement(By.cssSelector(".live-marker")).getText())
        .isEqualToIgnoringCase("new");
    assertThat(driver.executeScript("return window.broadsheetTestSameDocument === true;"))
        .as("the page was not reloaded")
        .isEqualTo(true);
  }

  @Test
  void anErrorResponseIsShownAsTheProblemsDetail() {
    String unknown = "ffffffffffffffffffffffffffffffff";
    driver.get(root + "#/article/" + unknown);

    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(error.getText()).contains("no article with id " + unknown);
    assertThat(error.getAttribute("role")).isEqualTo("alert");
  }

  /** Clears the store, then sends the news day through Kafka and waits until it is indexed. */
  private void indexNewsDay() {
    QuarkusTransaction.requiringNew().run(() -> Article.deleteAll());
    Instant firstExtraction = Instant.parse("2025-03-04T09:00:00Z");
    List<ArticleExtracted> day =
        List.of(
            ReaderArticles.gazetteLighthouse(FIRST_TITLE, firstExtraction),
            ReaderArticles.coastwireLighthouse(),
            ReaderArticles.ferryTimetable(),
            ReaderArticles.keepersMuseum(),
            ReaderArticles.fishMarket(),
            ReaderArticles.gazetteLighthouse(
                CURRENT_TITLE, firstExtraction.plus(Duration.ofHours(9))));
    String gazetteId = day.get(0).id();
    // The wire copy is sent once the Gazette's original is stored, as copies usually come later:
    // two copies arriving at the same instant on different partitions are written by concurrent
    // batches that cannot see each other, and may start two stories.
    Publish.article(bootstrap, day.get(0));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> given().get("/articles/{id}", gazetteId).statusCode() == 200);
    day.subList(1, day.size()).forEach(a -> Publish.article(bootstrap, a));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                day.stream()
                        .allMatch(a -> given().get("/articles/{id}", a.id()).statusCode() == 200)
                    && CURRENT_TITLE.equals(
                        given().get("/articles/{id}", gazetteId).jsonPath().getString("title")));
  }

  private List<WebElement> waitForStories(int atLeast) {
    return wait.until(
        d -> {
          List<WebElement> stories = stories(d);
          return stories.size() >= atLeast ? stories : null;
        });
  }

  private static List<WebElement> stories(WebDriver d) {
    return d.findElements(By.cssSelector("#results > li.story"));
  }

  /** Articles on the list: each story's card and the copies named on its "Also at" line. */
  private static int articlesShown(WebDriver d) {
    return d.findElements(By.cssSelector("#results [data-article-id]")).size();
  }

  private static List<String> cardTitles(List<WebElement> stories) {
    return stories.stream()
        .map(s -> s.findElement(By.cssSelector(".card-title")).getText())
        .toList();
  }

  private static WebElement storyTitled(List<WebElement> stories, String title) {
    return stories.stream()
        .filter(s -> s.findElement(By.cssSelector(".card-title")).getText().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no story titled " + title));
  }

  private static List<String> texts(WebElement scope, String css) {
    return scope.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }
}
