package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.Pages;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorsExtractorTest {

  private static List<String> authorsOf(String html) {
    return MetaPages.run(new AuthorsExtractor(), html).authors();
  }

  @Test
  void takesPersonsOverOrganisationsFromJsonLd() {
    assertThat(authorsOf(MetaPages.fixture("graph-article.html"))).containsExactly("Vera Holm");
  }

  @Test
  void splitsTheMetaAuthor() {
    assertThat(authorsOf("<meta name=author content='By Ann Lee and Bo Park'>"))
        .containsExactly("Ann Lee", "Bo Park");
  }

  @Test
  void readsDublinCoreCreatorsWrittenSurnameFirst() {
    assertThat(
            authorsOf(
                "<meta name=dc.creator content='Lee, Ann'>"
                    + "<meta name=dc.creator content='Park Jr., Bo S.'>"))
        .containsExactly("Ann Lee", "Bo S. Park Jr.");
  }

  @Test
  void twoAgenciesInADublinCoreCreatorStayTwoAuthors() {
    assertThat(authorsOf("<meta name=dc.creator content='Reuters, AFP'>"))
        .containsExactly("Reuters", "AFP");
    assertThat(authorsOf("<meta name=dc.creator content='Ann Lee, Bo Park'>"))
        .containsExactly("Ann Lee", "Bo Park");
  }

  @Test
  void theAddressAfterTheSitesNameInAnAuthorMetaNamesNobody() {
    String meta =
        "<meta property=og:site_name content='Tal Post'>"
            + "<meta name=author content='Tal Post, Frankfurt, Germany'>";
    assertThat(authorsOf(meta)).containsExactly("Tal Post");
    assertThat(authorsOf(meta + "<p class=byline>Von Ida Berg</p>")).containsExactly("Ida Berg");
  }

  @Test
  void aSignThatIsTheInitialsOfANameBesideItIsThatPerson() {
    assertThat(
            authorsOf(
                "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"author\":[\"IB\",\"Ida Berg\",\"Bo Park\"]}</script>"))
        .containsExactly("Ida Berg", "Bo Park");
    assertThat(
            authorsOf(
                "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"author\":[\"Ann Park\",\"AP\"]}</script>"))
        .containsExactly("Ann Park", "AP");
  }

  @Test
  void skipsAnAuthorUrl() {
    assertThat(
            authorsOf(
                "<meta property=article:author content='https://social.example/annlee'>"
                    + "<a rel=author href=/a>Ann Lee</a>"))
        .containsExactly("Ann Lee");
  }

  @Test
  void readsNamesSetApartInABylineElement() {
    assertThat(
            authorsOf("<div class=article-byline><span>Ann Lee</span><span>Bo Park</span></div>"))
        .containsExactly("Ann Lee", "Bo Park");
  }

  @Test
  void skipsTheBylinesOfCardsForOtherStories() {
    assertThat(
            authorsOf(
                "<header class=article-header__teaser><span class=byline>By Ann Lee</span></header>"
                    + "<p>Story.</p><div class=more-news>"
                    + "<div class=article-card><span class=article-card__byline>By Bo Park</span>"
                    + "</div><div class=article-card><span class=article-card__byline>By Cy Doe"
                    + "</span></div></div>"))
        .containsExactly("Ann Lee");
  }

  @Test
  void skipsTheBylinesOfAMenuAndOfAListingButNotOneNamedForNavigation() {
    assertThat(
            authorsOf(
                "<div class=site-nav><ul><li><span class=byline>Bo Park</span></li></ul></div>"
                    + "<h1>Ferry keeps its timetable</h1>"
                    + "<span class='byline navigation-item'>By Ann Lee</span>"
                    + "<div class=article__listing-item><span class=byline>By Cy Doe</span></div>"))
        .containsExactly("Ann Lee");
  }

  @Test
  void looksAtThePageWhenTheMarkupOnlyNamesTheSite() {
    assertThat(
            authorsOf(
                "<meta property=og:site_name content='Valley Post'>"
                    + "<meta name=author content='Valley Post'>"
                    + "<p class=byline>Von Ida Berg</p>"))
        .containsExactly("Ida Berg");
  }

  @Test
  void resolvesAnAuthorGivenAsAGraphReference() {
    assertThat(
            authorsOf(
                "<script type=application/ld+json>{\"@graph\":["
                    + "{\"@type\":\"Article\",\"author\":{\"@id\":\"#p1\"}},"
                    + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Ann Lee\"}]}"
                    + "</script>"))
        .containsExactly("Ann Lee");
  }

  @Test
  void keepsALowerCaseAgencyNamedByTheMarkup() {
    assertThat(
            authorsOf(
                "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                    + "\"author\":{\"@type\":\"Person\",\"name\":\"xyz  \"}}</script>"))
        .containsExactly("xyz");
  }

  @Test
  void readsTheWrittenByLabelOfTwitterCards() {
    assertThat(authorsOf("<meta name='twitter:misc:Written by' content='Ann Lee'>"))
        .containsExactly("Ann Lee");
  }

  @Test
  void dropsTheSiteNameListedBesidePeople() {
    assertThat(
            authorsOf(
                "<meta property=og:site_name content='Valley Post'>"
                    + "<meta name=author content='Ann Lee, Valley Post'>"))
        .containsExactly("Ann Lee");
  }

  @Test
  void dropsADeskOfTheSiteListedBesidePeople() {
    // the host's name (kvt.com) with a desk after it, on a page that declares no site name
    ArticleDraft draft = new ArticleDraft();
    String url = "https://www.kvt.com/2024/05/markets";
    new AuthorsExtractor()
        .extract(
            Pages.parse("<meta name=author content='Ann Lee, KVT Business'>", url),
            Pages.context(url, null),
            draft);
    assertThat(draft.authors()).containsExactly("Ann Lee");
  }

  @Test
  void readsAnItempropThatListsAuthorAmongOtherNames() {
    // microdata allows several property names in one itemprop
    assertThat(authorsOf("<p><span itemprop='creator author'>Ann Lee</span> · 3 min</p>"))
        .containsExactly("Ann Lee");
  }

  @Test
  void dropsTheRussianTextLabelOfAByline() {
    assertThat(authorsOf("<span itemprop=author>Текст: Анна Лебедева</span>"))
        .containsExactly("Анна Лебедева");
  }

  @Test
  void readsTheFirstWrittenByLineWithoutBylineMarkup() {
    assertThat(
            authorsOf(
                "<div class=c1> <!-- -->Written by <a href=/team>Ann Lee, MS, RD</a>"
                    + " on May 3, 2024</div><article><p>Text.</p></article>"
                    + "<section><h3>More</h3><div class=c2>Written by <!-- -->Bo Park</div>"
                    + "</section>"))
        .containsExactly("Ann Lee");
  }

  @Test
  void anAgencyBesideReportersInAPageBylineIsTheirEmployerNotAnAuthor() {
    assertThat(
            authorsOf(
                "<div class=story-byline><div>By ANN LEE and BO PARK</div>"
                    + "<div>Associated Press</div></div>"))
        .containsExactly("ANN LEE", "BO PARK");
    assertThat(authorsOf("<div class=story-byline>By AFP</div>")).containsExactly("AFP");
  }

  @Test
  void readsTheWrittenByLabelWhenTheAuthorMetaIsAnEmail() {
    assertThat(
            authorsOf(
                "<meta name=author content='a.lee@talpost.example'>"
                    + "<meta name=twitter:label1 content='Written by'>"
                    + "<meta name=twitter:data1 content='Ann Lee'>"))
        .containsExactly("Ann Lee");
  }

  @Test
  void readsALinkToTheAuthorPage() {
    assertThat(authorsOf("<p class=meta>von <a href=/autoren/name/ida-berg>Ida Berg</a></p>"))
        .containsExactly("Ida Berg");
  }

  @Test
  void ignoresManyAuthorPageLinksAsTeasers() {
    assertThat(
            authorsOf(
                "<a href=/author/a>Ann Lee</a><a href=/author/b>Bo Park</a>"
                    + "<a href=/author/c>Cy Dahl</a><a href=/author/d>Di Eng</a>"
                    + "<a href=/author/e>Ed Falk</a>"))
        .isEmpty();
  }

  @Test
  void takesTheSiteInitialsForThePublisher() {
    assertThat(
            authorsOf(
                "<meta property=og:site_name content='Valley Post Online'>"
                    + "<meta name=author content='VPO'>"
                    + "<p class=byline>Von Ida Berg</p>"))
        .containsExactly("Ida Berg");
  }

  private static final String PROSE =
      "<p>The ferry crossed the bay twice before noon, carrying cyclists, a brass band and the"
          + " mayor, who had promised the island a bridge in three campaigns running.</p>";

  @Test
  void readsALabelledBylineWithoutBylineMarkup() {
    assertThat(
            authorsOf(
                "<ul><li>4 min read</li><li>Von: <span><a href=/p/al>Ann  LEE</a>,</span>"
                    + "<span><a href=/p/bp>Bo PARK</a></span></li></ul>"))
        .containsExactly("Ann LEE", "Bo PARK");
  }

  @Test
  void aNameAfterThePrepositionIsNotALabelledByline() {
    assertThat(authorsOf("<p>Von der Leyen visits the harbour</p>")).isEmpty();
  }

  @Test
  void takesTheBoldNameAboveTheStoryWhenTheBylineNamesOnlyTheSite() {
    assertThat(
            authorsOf(
                "<meta property=og:site_name content='Tal Post'><meta name=author content='Tal Post'>"
                    + "<div><p>&nbsp;</p><p><strong>Ann Lee/Bo Park</strong></p>"
                    + PROSE
                    + "<p><strong>Harbour Plans</strong></p>"
                    + PROSE
                    + "</div>"))
        .containsExactly("Ann Lee", "Bo Park");
  }

  @Test
  void aBoldSubheadingBelowTheFirstProseIsNoByline() {
    assertThat(authorsOf("<div>" + PROSE + "<p><strong>Harbour Plans</strong></p>" + PROSE))
        .isEmpty();
    assertThat(authorsOf("<div><p><strong>7h00 - Talks resume</strong></p>" + PROSE)).isEmpty();
  }

  @Test
  void readsABylineLineUnderTheHeadlineWhateverItsMarkup() {
    assertThat(
            authorsOf(
                "<h1>Harbour ferry keeps its timetable</h1><p class=m2x9>Island desk</p>"
                    + "<span class=k7q>von Ida Berg und Bo Park</span>"
                    + PROSE
                    + PROSE))
        .containsExactly("Ida Berg", "Bo Park");
    assertThat(
            authorsOf(
                "<h1>Harbour ferry keeps its timetable</h1>"
                    + "<div><span>By <a href=/p/al>Ann Lee</a></span> · 3 May 2024</div>"
                    + PROSE))
        .containsExactly("Ann Lee");
  }

  @Test
  void aLineOpeningWithByIsABylineOnlyInTheHeaderAndWhenItNamesPeople() {
    // below the story's first paragraphs: a quoted sign-off or a heading, not this story's byline
    assertThat(
            authorsOf(
                "<h1>Harbour ferry keeps its timetable</h1>" + PROSE + PROSE + "<p>By Ann Lee</p>"))
        .isEmpty();
    assertThat(authorsOf("<h1>Harbour ferry keeps its timetable</h1><p>Von Berlin aus</p>" + PROSE))
        .isEmpty();
  }

  @Test
  void readsHeaderLinksToTheNamedPeoplesOwnPages() {
    assertThat(
            authorsOf(
                "<h1>Harbour ferry keeps its timetable</h1><div class=q1>"
                    + "<a href='/av/ida-berg'>Ida Berg</a> <a href='/av/bo-park-2'>Bo Park</a>"
                    + "</div>"
                    + PROSE))
        .containsExactly("Ida Berg", "Bo Park");
    assertThat(
            authorsOf(
                "<h1>Harbour ferry keeps its timetable</h1><p class=q2>"
                    + "<a href='/thema/ann-lee,1234/' title='Alle Inhalte von Ann Lee'>Ann Lee</a>"
                    + "<br>28.04.2024</p>"
                    + PROSE))
        .containsExactly("Ann Lee");
  }

  @Test
  void aHeaderLinkToATopicNamedForAPersonIsNoByline() {
    assertThat(
            authorsOf(
                "<h1>Harbour ferry keeps its timetable</h1><p class=q3>"
                    + "<a href='/tag/ann-lee/' title='More on Ann Lee'>Ann Lee</a></p>"
                    + PROSE))
        .isEmpty();
  }

  @Test
  void readsTheResponsibleEditorLineOfChinesePages() {
    assertThat(authorsOf("<p>正文。</p><div class=edit>(责编：王明、李华)</div>")).containsExactly("王明", "李华");
  }

  @Test
  void aBylineNamingTheSiteIsKeptOverTheAuthorsOfTeasers() {
    assertThat(
            authorsOf(
                "<meta property=og:site_name content='Tal Post'>"
                    + "<div class=byline>Tal Post</div>"
                    + PROSE
                    + "<ul><li><a href=/t/1>Harbour plans</a>"
                    + "<div class=teaser-author-name>Bo Park</div></li></ul>"))
        .containsExactly("Tal Post");
  }

  @Test
  void theAdministratorAccountIsAPlaceholderLikeTheSiteName() {
    String page =
        "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"author\":"
            + "{\"@id\":\"https://tal.example/author/admin/\",\"name\":\"Tal D\"}}</script>"
            + "<p class=meta>by <a href=https://tal.example/author/admin/ rel=author>Tal D</a></p>"
            + "<div><p><strong>Ann Lee</strong></p>"
            + PROSE
            + "</div>";
    assertThat(authorsOf(page)).containsExactly("Ann Lee");
    String metaOnly =
        "<meta name=author content='Tal D'>"
            + "<p class=meta>by <a href=/author/admin/>Tal D</a></p>"
            + "<div><p><strong>Ann Lee</strong></p>"
            + PROSE
            + "</div>";
    assertThat(authorsOf(metaOnly)).containsExactly("Ann Lee");
  }

  @Test
  void theAdministratorAccountIsKeptWhenThePageNamesNobodyElse() {
    assertThat(
            authorsOf(
                "<p class=meta>by <a href=/author/admin rel=author>Tal D</a></p><div>"
                    + PROSE
                    + "</div>"))
        .containsExactly("Tal D");
  }
}
