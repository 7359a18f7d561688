package io.broadsheet.extractor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldExtractorChainTest {

  @Test
  void theDefaultChainRunsInTheDocumentedOrder() {
    assertThat(FieldExtractorChain.defaults().extractors())
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly(
            "TitleExtractor",
            "CanonicalUrlExtractor",
            "LanguageExtractor",
            "DatesExtractor",
            "AuthorsExtractor",
            "CreditExtractor",
            "SiteNameExtractor",
            "TopicsExtractor",
            "SectionExtractor",
            "LeadImageExtractor",
            "PaywallExtractor",
            "BodyExtractor",
            "SubtitleExtractor");
  }

  @Test
  void runsEveryExtractorInOrderOnTheSameDraft() {
    List<String> calls = new ArrayList<>();
    ArticleDraft draft = new ArticleDraft();
    FieldExtractorChain chain =
        new FieldExtractorChain(
            List.of(
                (doc, ctx, d) -> calls.add("first:" + (d == draft)),
                (doc, ctx, d) -> calls.add("second:" + (d == draft))));

    chain.extract(
        Pages.parse("", "https://a.example/"), Pages.context("https://a.example/", null), draft);

    assertThat(calls).containsExactly("first:true", "second:true");
  }
}
