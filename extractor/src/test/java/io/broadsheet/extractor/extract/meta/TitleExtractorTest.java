package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleExtractorTest {

  private static String titleOf(String html) {
    return MetaPages.run(new TitleExtractor(), html).title();
  }

  @Test
  void takesTheHeadlineTheSourcesAgreeOnWithoutTheSiteSuffix() {
    assertThat(titleOf(MetaPages.fixture("graph-article.html")))
        .isEqualTo("Brücke über den Fluss wird neu gebaut");
  }

  @Test
  void keepsADashThatIsPartOfTheHeadline() {
    assertThat(
            titleOf(
                "<title>Rain - and then more rain | Valley Post</title>"
                    + "<meta property=og:site_name content='Valley Post'>"))
        .isEqualTo("Rain - and then more rain");
  }

  @Test
  void aTrailerAfterTheHeadingIsCutWhateverTheSiteCallsItself() {
    // a site's name the host does not spell, after a full-width colon, twice over
    assertThat(
            titleOf(
                "<meta property=og:title content='港の渡し船、冬も時刻表を維持：谷新聞デジタル'>"
                    + "<title>港の渡し船、冬も時刻表を維持：谷新聞デジタル</title>"
                    + "<h1>港の渡し船、冬も時刻表を維持</h1>"))
        .isEqualTo("港の渡し船、冬も時刻表を維持");
    assertThat(
            titleOf(
                "<meta property=og:title content='Will the ferry run all winter? * Tal Daily * by"
                    + " Ann Lee'><h1>Will the ferry run all winter?</h1>"))
        .isEqualTo("Will the ferry run all winter?");
  }

  @Test
  void aHeadingThatOpensALongerTitleLeavesItsSecondHalfAndJoinedWords() {
    assertThat(
            TitleExtractor.withoutTrailer(
                "Harbour ferry keeps its timetable: islanders relieved", "Harbour ferry keeps"))
        .isEqualTo("Harbour ferry keeps its timetable: islanders relieved");
    assertThat(
            TitleExtractor.withoutTrailer(
                "Harbour ferry-operators strike | Tal Daily", "Harbour ferry"))
        .isEqualTo("Harbour ferry-operators strike | Tal Daily");
  }

  @Test
  void stripsASiteNamePrefix() {
    SiteNames names = SiteNames.of(List.of("Valley Post"), "https://valley.example/");
    assertThat(names.strip("Valley Post: Rain is coming")).isEqualTo("Rain is coming");
  }

  @Test
  void stripsTheHostNameWhenNoSiteNameIsDeclared() {
    SiteNames names = SiteNames.of(List.of(), "https://www.valleypost.example/a");
    assertThat(names.strip("Rain is coming – ValleyPost.example")).isEqualTo("Rain is coming");
  }

  @Test
  void matchesASiteNameWithDiacriticsToItsAsciiHostName() {
    SiteNames german = SiteNames.of(List.of(), "https://www.boersen-blatt.de/a");
    assertThat(german.strip("Zinsen steigen | Börsen-Blatt")).isEqualTo("Zinsen steigen");
    SiteNames french = SiteNames.of(List.of(), "https://www.lechodusud.fr/a");
    assertThat(french.strip("Les prix montent - L'Écho du Sud")).isEqualTo("Les prix montent");
  }

  @Test
  void findsTheSiteInAShortHostNameByThePublicSuffixList() {
    // "kvt" is the name, not "www": a three-letter name is not a suffix such as co.uk
    SiteNames kvt = SiteNames.of(List.of(), "https://www.kvt.com/2024/05/markets");
    assertThat(kvt.strip("Markets rally | KVT")).isEqualTo("Markets rally");
    assertThat(kvt.isSiteName("www")).isFalse();
    // under a two-label suffix the name is the label before it, whatever the subdomain
    SiteNames press = SiteNames.of(List.of(), "https://news.valleypress.co.uk/a");
    assertThat(press.strip("Markets rally - Valley Press")).isEqualTo("Markets rally");
  }

  @Test
  void prefersTheCandidateMoreSourcesShare() {
    assertThat(
            titleOf(
                "<meta property=og:title content='Storm closes harbour, ferries wait'>"
                    + "<title>Storm closes the harbour</title>"
                    + "<article><h1>Storm closes the harbour</h1></article>"))
        .isEqualTo("Storm closes the harbour");
  }

  @Test
  void skipsAnEmptyHeadingForTheFirstOneWithText() {
    assertThat(
            titleOf(
                "<meta property=og:title content='Tide tables, revised'>"
                    + "<article><h1><a href=/></a></h1><h1>Ferries wait for the tide</h1></article>"
                    + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"headline\":\"Ferries wait for the tide\"}</script>"))
        .isEqualTo("Ferries wait for the tide");
  }

  @Test
  void countsTitleCopiesOfOgTitleAsHalfVotes() {
    assertThat(
            titleOf(
                "<meta property=og:title content='Tide tables, revised'>"
                    + "<meta name=twitter:title content='Tide tables, revised'>"
                    + "<title>Tide tables, revised</title>"
                    + "<article><h1>Ferries wait for the tide</h1></article>"
                    + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"headline\":\"Ferries wait for the tide\"}</script>"))
        .isEqualTo("Ferries wait for the tide");
  }

  @Test
  void followsOgTitleWhenTheOthersAddAKicker() {
    assertThat(
            titleOf(
                "<meta property=og:title content='Ferries wait for the tide'>"
                    + "<title>Harbour storm: Ferries wait for the tide</title>"
                    + "<article><h1>Harbour storm: Ferries wait for the tide</h1></article>"
                    + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"headline\":\"Harbour storm: Ferries wait for the tide\"}</script>"))
        .isEqualTo("Ferries wait for the tide");
  }

  @Test
  void followsOgTitleWhenItKeepsTheKickerTheOthersLeaveOut() {
    assertThat(
            titleOf(
                "<meta property=og:title content='Harbour storm - Ferries wait for the tide'>"
                    + "<article><h1>Ferries wait for the tide</h1></article>"
                    + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"headline\":\"Ferries wait for the tide\"}</script>"))
        .isEqualTo("Harbour storm - Ferries wait for the tide");
  }

  @Test
  void picksTheHeadingThatReadsAsTheDeclaredHeadlineAmongSeveral() {
    assertThat(
            titleOf(
                "<meta property=og:title content='Tide tables, revised'>"
                    + "<meta name=twitter:title content='Tide tables, revised'>"
                    + "<title>Tide tables, revised</title>"
                    + "<h1><a href=/><img alt=Logo src=logo.svg></a></h1>"
                    + "<h1>Ferries wait for the tide</h1><h1>Other story of the day</h1>"
                    + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"headline\":\"Ferries wait for the tide\"}</script>"))
        .isEqualTo("Ferries wait for the tide");
  }

  @Test
  void letsTheHeadingTheReaderSeesSettleATie() {
    // the JSON-LD and <title> say one thing, og:title and the article's heading another
    assertThat(
            titleOf(
                "<meta property=og:title content='Ferries wait, the tide does not'>"
                    + "<meta name=twitter:title content='Harbour storm: ferries stay in port'>"
                    + "<title>Harbour storm: ferries stay in port</title>"
                    + "<ol class=breadcrumb><li><h1>Harbour storm: ferries stay in port</h1></ol>"
                    + "<article><h2><span class=kicker>Weather</span>"
                    + "<span class=headline>Ferries wait, the tide does not</span></h2></article>"
                    + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"headline\":\"Harbour storm: ferries stay in port\"}</script>"))
        .isEqualTo("Ferries wait, the tide does not");
  }

  @Test
  void keepsOgTitleWhenOnlyTheHeadingDisagreesWithIt() {
    assertThat(
            titleOf(
                "<meta property=og:title content='Ferries wait for the tide'>"
                    + "<article><h1>Tide turns late</h1></article>"))
        .isEqualTo("Ferries wait for the tide");
  }

  @Test
  void aHeadingWithItsKickerMarkedSupportsTheHeadlineWithThatKicker() {
    assertThat(
            titleOf(
                "<article><h1><span class=kicker>Harbour storm</span>"
                    + "<span class=headline>Ferries wait for the tide</span></h1></article>"
                    + "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"headline\":\"Harbour storm: Ferries wait for the tide\"}</script>"))
        .isEqualTo("Harbour storm: Ferries wait for the tide");
  }

  @Test
  void dropsAKickerTheSourcesDoNotAgreeOn() {
    // og:title and the heading carry the same headline under different kickers
    assertThat(
            titleOf(
                "<meta property=og:title content='Storm season: «Ferries wait for the tide»'>"
                    + "<title>Storm season: «Ferries wait for the tide» - Valley Post</title>"
                    + "<meta property=og:site_name content='Valley Post'>"
                    + "<article><h1><span class=title__overline>Harbour news</span>"
                    + "<span class=title__text>«Ferries wait for the tide»</span></h1></article>"))
        .isEqualTo("«Ferries wait for the tide»");
  }

  @Test
  void keepsAKickerTheHeadingShowsToo() {
    assertThat(
            titleOf(
                "<meta property=og:title content='Harbour storm: Ferries wait for the tide'>"
                    + "<article><h1><span class=title__overline>Harbour storm</span>"
                    + "<span class=title__text>Ferries wait for the tide</span></h1></article>"))
        .isEqualTo("Harbour storm: Ferries wait for the tide");
  }
}
