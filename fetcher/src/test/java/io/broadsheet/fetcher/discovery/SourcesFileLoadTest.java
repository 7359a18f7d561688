package io.broadsheet.fetcher.discovery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.fetcher.service.SourceService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sources file is upserted into the database at start, and again without duplicates. */
@QuarkusTest
@TestProfile(SourcesFileLoadTest.WithSourcesFile.class)
class SourcesFileLoadTest {

  /** Points broadsheet.discovery.sources-file at a test file. */
  public static class WithSourcesFile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "broadsheet.discovery.sources-file", "src/test/resources/sources/test-sources.yml");
    }
  }

  @Inject SourceService sources;

  private static Map<String, Object> byUrl(String url) {
    JsonPath list = given().get("/sources").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> matching =
        list.<Map<String, Object>>getList("sources").stream()
            .filter(s -> url.equals(s.get("url")))
            .toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  @Test
  void loadsTheSourcesFileAtStartAndReloadsItWithoutDuplicates() throws Exception {
    sources.loadSourcesFile(); // as a second start would

    assertThat(byUrl("http://127.0.0.1:9/file-sources/rss.xml"))
        .containsEntry("kind", "feed")
        .containsEntry("interval", "PT5M")
        .containsEntry("origin", "file");
    assertThat(byUrl("http://127.0.0.1:9/file-sources/world/"))
        .containsEntry("kind", "site")
        .containsEntry("include", "/world/\\d{4}/")
        .containsEntry("max_depth", 2);
    assertThat(byUrl("http://127.0.0.1:9/file-sources/urls.txt"))
        .containsEntry("kind", null)
        .containsEntry("interval", "PT10M");
  }
}
