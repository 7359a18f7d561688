package io.broadsheet.extractor.extract;

import static io.broadsheet.extractor.extract.Pages.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleExtracted.Kind;
import io.broadsheet.events.ArticleExtracted.LeadImage;
import io.broadsheet.extractor.extract.ExtractionResult.Extracted;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page with the shape of a big news site's wire story (the reference page): menus, an
 * award banner, a sticky header repeating section and headline, share bars, ad slots between the
 * paragraphs, an "also worth reading" box, a "Source: agency/editor" line closing the text, related
 * topic links, a newsletter box, "content is loading" placeholders and a footer. The times are
 * written for readers without an offset; the page's metadata states it (+08:00). Invented text.
 */
class ReferenceShapePageTest {

  private static final String URL =
      "https://www.harbourline.example/world/peru-bolivia-lake-titicaca-drought-accord-3411207";
  private static final ZoneOffset SITE_OFFSET = ZoneOffset.ofHours(8);

  private static final List<String> PARAGRAPHS =
      List.of(
          "Peru and Bolivia signed an accord on Sunday (Apr 16) to share water readings from Lake"
              + " Titicaca and to limit new wells around its shores, after the lake fell to one of"
              + " its lowest levels in decades.",
          "The foreign ministers of the two countries signed the text in the border town of"
              + " Desaguadero.",
          "Under the accord, both governments will publish daily gauge readings from a dozen"
              + " stations around the lake and meet every three months to review them.",
          "Months without steady rain have left reed beds stranded on dry mud and forced fishing"
              + " families to drag their boats hundreds of metres to reach open water.",
          "\"The lake does not know where the border is, so neither can our answer,\" the Peruvian"
              + " minister told reporters after the ceremony.",
          "Her Bolivian counterpart said the two countries would also ask farmers upstream to"
              + " stagger their irrigation during the driest weeks of the year.",
          "\"We owe the families who live from this water a plan that lasts longer than one dry"
              + " season,\" he said.",
          "Scientists at a university in La Paz estimate that the lake has lost close to a metre of"
              + " depth since the middle of last year.",
          "Evaporation under strong high-altitude sunshine accounts for most of the loss, they"
              + " said, with less water arriving from the rivers that feed the lake.",
          "Tourism operators on the Peruvian side have already cancelled boat trips to some of the"
              + " floating islands, where the channels have become too shallow to navigate.",
          "The accord also sets up a joint fund to clean waste water before it reaches the bay"
              + " around Puno, a long-standing complaint of residents.",
          "Neither government said how much money it would put into the fund, saying the amounts"
              + " would be settled at the first quarterly meeting.",
          "Environmental groups welcomed the deal but warned that the limits on wells would only"
              + " work if they were enforced in remote villages.",
          "Lake Titicaca, which sits about 3,800 metres above sea level, is one of the highest"
              + " navigable lakes in the world and supplies water to more than two million"
              + " people.",
          "The two countries last signed a joint plan for the lake in the 1990s, after a drought"
              + " that also left boats stranded on its shores.",
          "The first quarterly meeting under the new accord is due to take place in July in the"
              + " Bolivian city of El Alto.");

  private final PageExtractor extractor =
      new PageExtractor(
          "9.9.9-test",
          ExtractionLimits.DEFAULTS,
          FieldExtractorChain.defaults(),
          Clock.fixed(Instant.parse("2023-04-17T00:00:00Z"), ZoneOffset.UTC));

  private ArticleExtracted article() {
    ExtractionResult result =
        extractor.extract(Pages.html(URL, fixture("wire-story-big-site.html")));
    assertThat(result).isInstanceOf(Extracted.class);
    return ((Extracted) result).article();
  }

  @Test
  void readsSectionHeadlineSiteLanguageAndCanonical() {
    ArticleExtracted article = article();
    assertThat(article.section()).isEqualTo("World");
    assertThat(article.title())
        .isEqualTo("Peru and Bolivia sign accord to shield Lake Titicaca from drought");
    assertThat(article.siteName()).isEqualTo("Harbourline");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.canonicalUrl()).isEqualTo(URL);
  }

  @Test
  void splitsThePhotoCreditOffTheLeadImageCaption() {
    assertThat(article().leadImage())
        .isEqualTo(
            new LeadImage(
                "https://cdn.harbourline.example/image/2023-04/titicaca-shore-1200x675.jpg",
                "Fishing boats rest on the cracked shore of Lake Titicaca near Puno, Peru, on Apr"
                    + " 12, 2023.",
                "Reuters/Ana Quispe"));
  }

  @Test
  void readsPublishedAndUpdatedInTheSitesOffset() {
    ArticleExtracted article = article();
    assertThat(article.published())
        .isEqualTo(OffsetDateTime.of(2023, 4, 17, 5, 31, 0, 0, SITE_OFFSET));
    assertThat(article.updated())
        .isEqualTo(OffsetDateTime.of(2023, 4, 17, 5, 32, 0, 0, SITE_OFFSET));
  }

  @Test
  void creditsTheAgencyOfTheSourceLine() {
    assertThat(article().credit()).containsExactly("Reuters");
  }

  @Test
  void keepsExactlyTheSixteenParagraphs() {
    ArticleExtracted article = article();
    assertThat(article.body()).extracting(BodyBlock::kind).containsOnly(Kind.PARAGRAPH);
    assertThat(article.body()).extracting(BodyBlock::text).containsExactlyElementsOf(PARAGRAPHS);
  }

  @Test
  void readsTheFourTopics() {
    assertThat(article().topics()).containsExactly("Peru", "Bolivia", "Climate change", "Water");
  }
}
