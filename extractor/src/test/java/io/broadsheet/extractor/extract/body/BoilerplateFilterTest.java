package io.broadsheet.extractor.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted.Kind;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {

  private static final String PROSE =
      "The ferry crossed the bay twice before noon, carrying cyclists and a brass band.";

  private static Block p(String text) {
    return new Block(Kind.PARAGRAPH, text, 0, new Element("p"));
  }

  private static List<String> kept(Block... blocks) {
    return BoilerplateFilter.keep(List.of(blocks), List.of(blocks), null, List.of()).stream()
        .map(Block::text)
        .toList();
  }

  @Test
  void dropsATimestampLine() {
    assertThat(kept(p("2 Mar 2024 09:15AM (Bijgewerkt: 2 Mar 2024 11:40AM)"), p(PROSE)))
        .containsExactly(PROSE);
  }

  @Test
  void dropsATimestampLineWithTheMonthInWords() {
    assertThat(kept(p(PROSE), p("Posted March 4th, 2024 - 09:15 GMT"), p(PROSE)))
        .containsExactly(PROSE, PROSE);
    assertThat(kept(p(PROSE), p("Veröffentlicht am 4. März 2024, 09:15 Uhr"), p(PROSE)))
        .containsExactly(PROSE, PROSE);
    assertThat(
            kept(
                p(PROSE),
                p(
                    "PUBLISHED: September 14, 2024 at 9:15 am"
                        + " | UPDATED: September 14, 2024 at 11:40 am"),
                p(PROSE)))
        .containsExactly(PROSE, PROSE);
  }

  @Test
  void keepsAShortSentenceGivingADateInWords() {
    String sentence = "The ferry left on 3 May 2024 at 19:30.";
    assertThat(kept(p(PROSE), p(sentence))).containsExactly(PROSE, sentence);
  }

  @Test
  void dropsALineOfMetadataAboveTheText() {
    assertThat(
            kept(
                p("05/10/2018 - Posted by: Ann Lee - Category: Harbour - Tags: ferries timetable"),
                p(PROSE)))
        .containsExactly(PROSE);
  }

  @Test
  void keepsAStandfirstThatGivesADate() {
    String standfirst = "On 3 May 2024 the harbour board voted to keep the winter timetable.";
    assertThat(kept(p(standfirst), p(PROSE))).containsExactly(standfirst, PROSE);
  }

  @Test
  void aHeadlineInAParagraphIsNotTheFirstProseOfTheText() {
    String headline = "Harbour board keeps the old ferry timetable for winter";
    List<Block> blocks = List.of(p(headline), p("Harbour desk, Tuesday"), p(PROSE));
    assertThat(
            BoilerplateFilter.keep(blocks, blocks, headline, List.of()).stream().map(Block::text))
        .containsExactly(PROSE);
  }

  @Test
  void dropsACaptionEndingWithItsPictureCredit() {
    assertThat(kept(p(PROSE), p("The pier at dawn, seen from the ferry © Ann Lee"), p(PROSE)))
        .containsExactly(PROSE, PROSE);
  }

  @Test
  void keepsCopyrightNoticesAndSentencesAfterTheSign() {
    String notice = "Copyright © 2024 Harbour Weekly";
    String wire = "© Wirepix";
    String sentence = "Text © Wirepix. Reproduction only with permission.";
    assertThat(kept(p(PROSE), p(notice), p(wire), p(sentence)))
        .containsExactly(PROSE, notice, wire, sentence);
  }

  private static Block li(String text, int linkChars) {
    return new Block(Kind.LIST_ITEM, text, linkChars, new Element("li"));
  }

  @Test
  void dropsAListOfLinksToOtherStoriesThatEndsTheContainer() {
    List<Block> blocks =
        List.of(
            p(PROSE),
            new Block(Kind.HEADING, "More stories", 0, new Element("h3")),
            li("Harbour pilots must unionise, whatever the board says", 24),
            li("Ferry fares are not the problem. Timetables are", 15),
            li("Could a lost kayaker use the tide to get home?", 20));
    assertThat(BoilerplateFilter.keep(blocks, blocks, null, List.of()).stream().map(Block::text))
        .containsExactly(PROSE);
  }

  @Test
  void keepsAClosingListWithFewLinksOrItemsWithoutLinks() {
    List<Block> two =
        List.of(p(PROSE), li("Timetable for the winter", 9), li("Fares for the winter", 5));
    assertThat(BoilerplateFilter.keep(two, two, null, List.of())).hasSize(3);
    List<Block> mixed =
        List.of(
            p(PROSE),
            li("The board meets on Monday", 0),
            li("Read the timetable online", 9),
            li("Fares rise in spring", 5),
            li("See the new pier", 7));
    assertThat(BoilerplateFilter.keep(mixed, mixed, null, List.of())).hasSize(5);
  }

  @Test
  void keepsShortLinesOfNumbersThatAreNotTimestamps() {
    assertThat(kept(p(PROSE), p("Tickets: 40,000 / 30,000 / 25,000"), p("Call 0321-555-0199")))
        .containsExactly(PROSE, "Tickets: 40,000 / 30,000 / 25,000", "Call 0321-555-0199");
  }

  @Test
  void dropsAClosingCreditLineAfterTheStory() {
    assertThat(kept(p(PROSE), p("Quelle: Wirepix/ab"))).containsExactly(PROSE);
    assertThat(kept(p(PROSE), p("(wpx/ab)"))).containsExactly(PROSE);
  }

  @Test
  void keepsAShortClosingSentence() {
    assertThat(kept(p(PROSE), p("Update: talks resumed.")))
        .containsExactly(PROSE, "Update: talks resumed.");
  }

  @Test
  void dropsTheBylineOfTheAuthorsWhereverTheContainerRepeatsIt() {
    List<Block> blocks =
        List.of(p("A short kicker line"), p("Ann Lee/Bo Park"), p(PROSE), p("By Ann Lee"));
    assertThat(
            BoilerplateFilter.keep(blocks, blocks, null, List.of("Ann Lee", "Bo Park")).stream()
                .map(Block::text))
        .containsExactly(PROSE);
  }

  @Test
  void keepsAShortLineThatMentionsAnAuthorAmongOtherWords() {
    List<Block> blocks = List.of(p(PROSE), p("Ann Lee reports from the harbour"));
    assertThat(
            BoilerplateFilter.keep(blocks, blocks, null, List.of("Ann Lee")).stream()
                .map(Block::text))
        .containsExactly(PROSE, "Ann Lee reports from the harbour");
  }

  private static final String PROSE_TOO =
      "At the pier a crowd had gathered to watch the new ferry turn in the narrow channel.";

  private static Block styled(String text) {
    Element label = new Element("span");
    label.addClass("slot-label");
    return new Block(Kind.PARAGRAPH, text, 0, label);
  }

  private static List<String> keptOf(List<Block> article, List<Block> page) {
    return BoilerplateFilter.keep(article, page, null, List.of()).stream()
        .map(Block::text)
        .toList();
  }

  @Test
  void keepsShortLinesTheEditorRepeatsInsideTheStory() {
    Block heading = new Block(Kind.HEADING, "Morning Meal", 0, new Element("h3"));
    List<Block> article =
        List.of(heading, p(PROSE), p("Photo:"), heading, p("Photo:"), p(PROSE_TOO));
    assertThat(keptOf(article, article))
        .containsExactly("Morning Meal", PROSE, "Photo:", "Morning Meal", "Photo:", PROSE_TOO);
  }

  @Test
  void dropsARepeatedLineWithACopyOutsideTheArticle() {
    List<Block> article = List.of(p(PROSE), p("Read the full series"));
    List<Block> page = List.of(p("Read the full series"), p(PROSE), p("Read the full series"));
    assertThat(keptOf(article, page)).containsExactly(PROSE);
  }

  @Test
  void dropsARepeatedStyledLabelInsideTheArticle() {
    List<Block> article =
        List.of(p(PROSE), styled("Not interested?"), p(PROSE_TOO), styled("Not interested?"));
    assertThat(keptOf(article, article)).containsExactly(PROSE, PROSE_TOO);
  }

  @Test
  void dropsARepeatedWordThatNamesBoilerplate() {
    List<Block> article = List.of(p(PROSE), p("Advert"), p(PROSE_TOO), p("Advert"));
    assertThat(keptOf(article, article)).containsExactly(PROSE, PROSE_TOO);
  }

  @Test
  void dropsAHeadingAndACommentCountLeftAtTheEnd() {
    Block prompt = new Block(Kind.HEADING, "Tell us what you think", 0, new Element("h3"));
    assertThat(kept(p(PROSE), prompt, p("12 comments"))).containsExactly(PROSE);
    Block subheading = new Block(Kind.HEADING, "At the pier", 0, new Element("h3"));
    assertThat(kept(p(PROSE), subheading, p(PROSE_TOO)))
        .containsExactly(PROSE, "At the pier", PROSE_TOO);
  }

  @Test
  void dropsTheShortLabelsOfRemovedBoxesThatEndTheContainer() {
    assertThat(kept(p(PROSE), p("Related keywords"), p("Recommended"), p("More news"), p("14 Jan")))
        .containsExactly(PROSE);
    assertThat(kept(p(PROSE), p("関連キーワード"), p("おすすめ情報"))).containsExactly(PROSE);
  }

  @Test
  void keepsShortClosingLinesThatAreASignOffASentenceOrAList() {
    assertThat(kept(p(PROSE), p("Ann Lee"))).containsExactly(PROSE, "Ann Lee");
    assertThat(kept(p(PROSE), p("Talks resume."), p("So does the ferry!")))
        .containsExactly(PROSE, "Talks resume.", "So does the ferry!");
    assertThat(kept(p(PROSE), p("岸壁は閉鎖された。"), p("再開は未定だ。")))
        .containsExactly(PROSE, "岸壁は閉鎖された。", "再開は未定だ。");
    List<Block> list = List.of(p(PROSE), li("Flour, 200 g", 0), li("Two eggs", 0));
    assertThat(BoilerplateFilter.keep(list, list, null, List.of())).hasSize(3);
  }

  @Test
  void keepsALongRunOfShortLinesAsTheStorysOwn() {
    Block[] blocks = new Block[7];
    blocks[0] = p(PROSE);
    for (int i = 1; i < blocks.length; i++) {
      blocks[i] = p(i * 10 + "% of the votes");
    }
    assertThat(kept(blocks)).hasSize(7);
  }

  @Test
  void dropsTheClosingRecordOfTheBroadcastTheStoryComesFrom() {
    assertThat(kept(p(PROSE), p("Radio Talpost, 15.4.2024, 10:05 Uhr; tp/al")))
        .containsExactly(PROSE);
    assertThat(kept(p(PROSE), p("Redaktion: Ann Lee Sendung: Talpost am Morgen, 25.04.2024")))
        .containsExactly(PROSE);
  }

  @Test
  void keepsAClosingLineGivingOnlyTheDatesOfTheEvent() {
    String dates = "Harbour Light Festival 29 November 2024 | 20 January 2025";
    assertThat(kept(p(PROSE), p(dates))).containsExactly(PROSE, dates);
  }

  @Test
  void dropsAnAdSlotsLabelEvenWhenThePageShowsItOnce() {
    assertThat(kept(p(PROSE), p("Advertisement"), p(PROSE_TOO))).containsExactly(PROSE, PROSE_TOO);
    assertThat(kept(p(PROSE), p("– Anzeige –"), p(PROSE_TOO))).containsExactly(PROSE, PROSE_TOO);
    assertThat(kept(p(PROSE), p("広告"), p(PROSE_TOO))).containsExactly(PROSE, PROSE_TOO);
  }

  @Test
  void keepsALineThatOnlyMentionsAdvertising() {
    assertThat(kept(p(PROSE), p("Advertisement revenue fell"), p(PROSE_TOO)))
        .containsExactly(PROSE, "Advertisement revenue fell", PROSE_TOO);
  }

  @Test
  void dropsAnAffiliateDisclosure() {
    String english = "We may earn a commission if you buy something through links in this article.";
    String german =
        "Hinweis zu Affiliate-Links: Kaufen Sie über einen Link, erhalten wir eine Provision.";
    assertThat(kept(p(PROSE), p(english), p(PROSE_TOO))).containsExactly(PROSE, PROSE_TOO);
    assertThat(kept(p(german), p(PROSE), p(PROSE_TOO))).containsExactly(PROSE, PROSE_TOO);
  }

  @Test
  void keepsALineAboutAffiliatesWithoutAPayment() {
    String line = "The ferry company and its affiliates run twelve boats.";
    assertThat(kept(p(PROSE), p(line), p(PROSE_TOO))).containsExactly(PROSE, line, PROSE_TOO);
  }

  private static Block linked(String text) {
    return new Block(Kind.PARAGRAPH, text, text.length(), new Element("p"));
  }

  @Test
  void dropsTheLabelOfALinkThatWasDropped() {
    assertThat(
            kept(p(PROSE), p("Read also:"), linked("Harbour pilots vote to strike"), p(PROSE_TOO)))
        .containsExactly(PROSE, PROSE_TOO);
    assertThat(kept(p(PROSE), p("Most read in Sport"), linked("Ferry wins the regatta"), p(PROSE)))
        .containsExactly(PROSE, PROSE);
  }

  @Test
  void keepsALineBeforeALinkThatIsASentenceOrNotRightBeforeIt() {
    String sentence = "The full timetable is online.";
    assertThat(kept(p(PROSE), p(sentence), linked("Winter timetable"), p(PROSE_TOO)))
        .containsExactly(PROSE, sentence, PROSE_TOO);
    assertThat(kept(p(PROSE), p("At the pier"), p(PROSE_TOO), linked("Winter timetable"), p(PROSE)))
        .containsExactly(PROSE, "At the pier", PROSE_TOO, PROSE);
  }

  @Test
  void dropsAPromptToSignUpForTheNewsletterOrChannel() {
    String english = "For the latest harbour news, sign up for our free newsletters.";
    String german = "Abonniere den Whatsapp-Kanal der Talpost und erhalte jeden Morgen die News.";
    assertThat(kept(p(PROSE), p(english), p(PROSE_TOO))).containsExactly(PROSE, PROSE_TOO);
    assertThat(kept(p(PROSE), p(german), p(PROSE_TOO))).containsExactly(PROSE, PROSE_TOO);
  }

  @Test
  void keepsALineAboutNewslettersThatAsksNothing() {
    String line = "The council's newsletter reached every household in May.";
    assertThat(kept(p(PROSE), p(line), p(PROSE_TOO))).containsExactly(PROSE, line, PROSE_TOO);
  }

  @Test
  void dropsTheNoticeWhereAPaywallCutsTheText() {
    String french = "Il vous reste 60% de cet article à lire. La suite est réservée aux abonnés.";
    String english = "The rest of this story is for subscribers only.";
    assertThat(kept(p(PROSE), p(french))).containsExactly(PROSE);
    assertThat(kept(p(PROSE), p(english))).containsExactly(PROSE);
  }

  @Test
  void keepsAReportOnSubscribers() {
    String line = "Only 40,000 subscribers renewed, the ferry company said.";
    assertThat(kept(p(PROSE), p(line), p(PROSE_TOO))).containsExactly(PROSE, line, PROSE_TOO);
  }

  @Test
  void dropsTheContributorLineThatClosesTheStory() {
    assertThat(kept(p(PROSE), p("(Reporting by Ann Lee; Editing by Bo Park)")))
        .containsExactly(PROSE);
    assertThat(kept(p(PROSE), p("Jo Kim contributed to this report."))).containsExactly(PROSE);
    assertThat(kept(p(PROSE), p("Mit Agenturmaterial."), p("(tp)"))).containsExactly(PROSE, "(tp)");
  }

  @Test
  void keepsAContributorLineInsideTheStoryAndSentencesAboutReporting() {
    String credit = "Reporting by Ann Lee in Talport";
    assertThat(kept(p(PROSE), p(credit), p(PROSE_TOO), p(PROSE)))
        .containsExactly(PROSE, credit, PROSE_TOO, PROSE);
    String sentence = "The paper's reporting by three interns won a prize.";
    assertThat(kept(p(PROSE), p(sentence))).containsExactly(PROSE, sentence);
  }

  @Test
  void dropsNoticesAboutTheReadersBrowser() {
    String aboutJavaScript = "The harbour office rewrote its ferry timetable app in JavaScript.";
    assertThat(
            kept(
                p(PROSE),
                p("This slideshow requires JavaScript."),
                p("We rely on advertising: please disable your ad blocker."),
                p(aboutJavaScript)))
        .containsExactly(PROSE, aboutJavaScript);
  }
}
