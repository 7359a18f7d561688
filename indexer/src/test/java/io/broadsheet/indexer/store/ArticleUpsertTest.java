package io.broadsheet.indexer.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleExtracted.Kind;
import io.broadsheet.events.ArticleExtracted.LeadImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleUpsertTest {

  @Test
  void replacesOnlyWhenTheIncomingExtractionIsStrictlyNewer() {
    assertThat(ArticleUpsert.SQL)
        .contains("ON CONFLICT (canonical_url) DO UPDATE SET ")
        .endsWith(" WHERE a.extracted_at < EXCLUDED.extracted_at");
  }

  @Test
  void neverRewritesTheIdTheStoryOrTheFirstIndexedTime() {
    String updates = ArticleUpsert.SQL.substring(ArticleUpsert.SQL.indexOf("DO UPDATE SET"));

    assertThat(updates)
        .doesNotContain(" id = EXCLUDED.id")
        .doesNotContain("first_indexed_at =")
        .doesNotContain("story_id =");
    assertThat(updates).contains("title = EXCLUDED.title", "last_indexed_at = EXCLUDED.");
  }

  @Test
  void bindsOneParameterPerEventColumn() {
    long placeholders = ArticleUpsert.SQL.chars().filter(c -> c == '?').count();

    assertThat(placeholders).isEqualTo(ArticleUpsert.COLUMNS.size());
  }

  @Test
  void writesBodyBlocksWithLowerCaseKinds() {
    String json =
        ArticleUpsert.json(
            List.of(new BodyBlock(Kind.PARAGRAPH, "One."), new BodyBlock(Kind.LIST_ITEM, "Two.")));

    assertThat(json)
        .isEqualTo(
            "[{\"kind\":\"paragraph\",\"text\":\"One.\"},{\"kind\":\"list-item\",\"text\":\"Two.\"}]");
  }

  @Test
  void writesTheLeadImageWithoutNullFields() {
    assertThat(ArticleUpsert.json(new LeadImage("https://x.example/a.jpg", null, "AP")))
        .isEqualTo("{\"url\":\"https://x.example/a.jpg\",\"credit\":\"AP\"}");
  }
}
