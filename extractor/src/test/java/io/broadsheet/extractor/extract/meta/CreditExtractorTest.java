package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.Pages;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditExtractorTest {

  private static List<String> creditOf(String html) {
    return MetaPages.run(new CreditExtractor(), html).credit();
  }

  @Test
  void readsADatelineCredit() {
    assertThat(
            creditOf(
                "<article><p>LISBON (AFP) – The ferries stayed in port.</p>"
                    + "<p>More later.</p><p>Still more.</p></article>"))
        .containsExactly("AFP");
  }

  @Test
  void readsASourceLineAndAClosingSign() {
    assertThat(creditOf("<article><p>The harbour reopens.</p><p>Quelle: Reuters/ec</p></article>"))
        .containsExactly("Reuters");
    assertThat(creditOf("<article><p>The harbour reopens.</p><p>dpa/ec</p></article>"))
        .containsExactly("dpa");
  }

  @Test
  void readsAWithNote() {
    assertThat(creditOf("<article><p>The harbour reopens (with AFP).</p></article>"))
        .containsExactly("AFP");
  }

  @Test
  void readsAContributorLine() {
    assertThat(
            creditOf(
                "<article><p>The harbour reopens.</p>"
                    + "<p>The Associated Press contributed to this report.</p></article>"))
        .containsExactly("Associated Press");
    assertThat(
            creditOf(
                "<article><p>The harbour reopens.</p>"
                    + "<p>(Additional reporting by Reuters; Editing by Bo Park)</p></article>"))
        .containsExactly("Reuters");
  }

  @Test
  void creditsAnAgencyOnceUnderEitherOfItsNames() {
    assertThat(
            creditOf(
                "<article><p>LONDON (AP) — The harbour reopens.</p><p>More.</p><p>Later.</p>"
                    + "<p>Copyright Associated Press.</p></article>"
                    + "<div class=source>Associated Press</div>"))
        .containsExactly("AP");
  }

  @Test
  void ignoresAnAgencyMentionedInTheMiddleOfTheStory() {
    assertThat(
            creditOf(
                "<article><p>One.</p><p>Two.</p><p>Reuters (AP) reported it.</p>"
                    + "<p>Three.</p><p>Four.</p></article>"))
        .isEmpty();
  }

  @Test
  void creditsAnAgencyByline() {
    ArticleDraft draft = new ArticleDraft();
    draft.authors().add("dpa");
    new CreditExtractor()
        .extract(Pages.parse("<p>x</p>", MetaPages.URL), Pages.context(MetaPages.URL, null), draft);
    assertThat(draft.credit()).containsExactly("dpa");
  }
}
