package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.Pages;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TopicsExtractorTest {

  private static List<String> topicsOf(String html) {
    return MetaPages.run(new TopicsExtractor(), html).topics();
  }

  @Test
  void dropsStrayPunctuationAndInternalReferences() {
    assertThat(
            topicsOf(
                "<meta name=keywords content='harbour, \", @hp-top-stories, /article, ferries'>"))
        .containsExactly("harbour", "ferries");
  }

  @Test
  void dropsTheEntityTypesATaggerLeftInTheKeywords() {
    assertThat(
            topicsOf(
                "<meta name=news_keywords content='Ann Lee, PERSON, Bo Park NEWSMAKER,"
                    + " Cy Dahl GOVERNMENT_FIGURE PERSON, Harbour, NATO'>"))
        .containsExactly("Ann Lee", "Bo Park", "Cy Dahl", "Harbour", "NATO");
  }

  @Test
  void anAddressIsNotATopic() {
    assertThat(
            topicsOf(
                "<meta name=keywords content='www.harbour.example, Ferries,"
                    + " https://harbour.example/ferries, Node.js'>"))
        .containsExactly("Ferries", "Node.js");
  }

  @Test
  void readsAKeywordListUnderThePublishersOwnMetaName() {
    assertThat(topicsOf("<meta name=custom-keywords content='Harbour, Ferries'>"))
        .containsExactly("Harbour", "Ferries");
    assertThat(topicsOf("<meta property=sailthru.tags content='harbour,ferries'>"))
        .containsExactly("harbour", "ferries");
    // a tracking list under such a name is read as any list is (facets and addresses dropped)
    // and, left with nothing, gives way to the next such name
    assertThat(
            topicsOf(
                "<meta property=mrf:tags content='www.harbour.example;isRepublished:false'>"
                    + "<meta name=classification-tags content='harbour,ferries'>"))
        .containsExactly("harbour", "ferries");
    // so does a list of subject codes
    assertThat(
            topicsOf(
                "<meta name=desk-tags content='AERO, GEN08, POL, ECON'>"
                    + "<meta name=custom-keywords content='Harbour'>"))
        .containsExactly("Harbour");
    // one main tag is not a list of tags
    assertThat(topicsOf("<meta name=article-maintag content='harbour'>")).isEmpty();
  }

  @Test
  void aStandardKeywordSourceComesBeforeTheOwnNamedOnesAndSoDoTagLinks() {
    assertThat(
            topicsOf(
                "<meta name=classification-tags content='harbour'>"
                    + "<meta name=news_keywords content='Ferries'>"))
        .containsExactly("Ferries");
    assertThat(
            topicsOf(
                "<meta name=classification-tags content='harbour'>"
                    + "<article><p>Text.</p><a rel=tag href='/tag/ferries'>Ferries</a></article>"))
        .containsExactly("Ferries");
  }

  @Test
  void takesArticleTagsOnePerMeta() {
    assertThat(
            topicsOf(
                "<meta property=article:tag content='Harbour'>"
                    + "<meta property=article:tag content='Weather, storms'>"
                    + "<meta name=keywords content='news, today'>"))
        .containsExactly("Harbour", "Weather", "storms");
  }

  @Test
  void prefersNewsKeywordsToArticleTags() {
    assertThat(
            topicsOf(
                "<meta property=article:tag content='Business, Finance, &amp; Economics'>"
                    + "<meta name=news_keywords content='Harbour, Ferries'>"))
        .containsExactly("Harbour", "Ferries");
  }

  @Test
  void takesOnlyTheSubjectFacetsOfAListOfFacets() {
    assertThat(
            topicsOf(
                "<meta name=keywords content='Day: Friday, Page Type: Article, Long read,"
                    + " Subject: Harbours, Topic: Ferries, Language: English'>"))
        .containsExactly("Harbours", "Ferries");
  }

  @Test
  void skipsAKeywordListThatOpensWithTheSiteName() {
    String html =
        "<meta property=og:site_name content='Tal Post'>"
            + "<meta name=keywords content='TalPost online, news, sport, weather'>"
            + "<div class=tags><a href=/t/1>Harbour</a><a href=/t/2>Ferries</a></div>";
    ArticleDraft draft = new ArticleDraft();
    Document doc = Pages.parse(html, MetaPages.URL);
    new SiteNameExtractor().extract(doc, Pages.context(MetaPages.URL, null), draft);
    new TopicsExtractor().extract(doc, Pages.context(MetaPages.URL, null), draft);
    assertThat(draft.topics()).containsExactly("Harbour", "Ferries");
  }

  @Test
  void takesJsonLdKeywords() {
    assertThat(topicsOf(MetaPages.fixture("graph-article.html")))
        .containsExactly("Verkehr", "Bauen", "Talstadt");
  }

  @Test
  void splitsMetaKeywordsAndDropsDuplicatesAndFacets() {
    assertThat(topicsOf("<meta name=keywords content='Harbour, harbour, Section: Local,Ferries,'>"))
        .containsExactly("Harbour", "Ferries");
  }

  @Test
  void fallsBackToTagLinks() {
    assertThat(topicsOf("<a rel=tag href=/t/ferries>Ferries</a>")).containsExactly("Ferries");
  }

  @Test
  void skipsAListOfSubjectCodesForTheNextSource() {
    assertThat(
            topicsOf(
                "<meta name=keywords content='ABC,DEFG,HI08,JKL,Harbour'>"
                    + "<meta name=parsely-tags content='Harbour,Ferries'>"))
        .containsExactly("Harbour", "Ferries");
  }

  @Test
  void dropsSnakeCaseLabels() {
    assertThat(topicsOf("<meta name=keywords content='editor_choice, Ferries'>"))
        .containsExactly("Ferries");
  }

  @Test
  void fallsBackToTopicLinksOutsideTheProse() {
    assertThat(
            topicsOf(
                "<article><p>Read <a href=/topic/tides>how tides work</a>.</p>"
                    + "<ul><li><a href=/topic/harbour>Harbour</a></li></ul></article>"))
        .containsExactly("Harbour");
  }

  @Test
  void aParagraphOfALabelAndLinksIsATagListButProseAndAReadMoreLineAreNot() {
    assertThat(
            topicsOf(
                "<div class=tag-list><p><strong>Published under:</strong> <span><a href=/x/1>"
                    + "Harbour</a></span>, <span><a href=/x/2>Ferries</a></span></p></div>"))
        .containsExactly("Harbour", "Ferries");
    assertThat(
            topicsOf(
                "<article><p>The council met the <a href=/topic/ferries>ferry operators</a> and"
                    + " the <a href=/topic/harbour>harbour board</a> on Tuesday evening, and nobody left"
                    + " before midnight.</p>"
                    + "<p><a href=/topic/bridge>Everything on the bridge plans.</a></p></article>"))
        .isEmpty();
  }

  @Test
  void readsTopicPageLinksNamedInOtherLanguagesButNotTheTopicSettingsPage() {
    assertThat(
            topicsOf(
                "<article><p>Text.</p><div><a href=/thema/hafen-12.html>Hafen</a>"
                    + "<a href=/tema/ferris>Fähren</a>"
                    + "<a href=/service/profil/themen/>Themen bearbeiten</a></div></article>"))
        .containsExactly("Hafen", "Fähren");
  }

  @Test
  void fallsBackToTheLinksOfATagList() {
    assertThat(
            topicsOf(
                "<div class=article-tags><a href=/x/1>Harbour</a><a href=/x/2>Ferries</a></div>"))
        .containsExactly("Harbour", "Ferries");
  }

  @Test
  void readsATagListWithoutItsLabelAndItsLinkToAllTopics() {
    assertThat(
            topicsOf(
                "<div class=article-tags><a href=/themen>Themenseiten:</a>"
                    + "<a href=/x/1>Harbour</a><a href=/x/2>#Ferries</a>"
                    + "<a href=/themen>Alle Themen</a></div>"))
        .containsExactly("Harbour", "#Ferries");
  }

  @Test
  void aHashSetApartFromTheTagIsDecoration() {
    assertThat(
            topicsOf(
                "<div class=tag-list><a href=/tema/ann-lee><span># Ann Lee</span></a>"
                    + "<a href=/tema/ferries>#Ferries</a></div>"))
        .containsExactly("Ann Lee", "#Ferries");
    // the same read from links to tag pages in the article, without a tag list's class
    assertThat(
            topicsOf(
                "<article><div><a href=/tema/ann-lee><span># Ann Lee</span></a>"
                    + "<a href=/tema/ferries>#Ferries</a></div></article>"))
        .containsExactly("Ann Lee", "#Ferries");
  }

  @Test
  void skipsTheHiddenSettingsBoxOfATagList() {
    assertThat(
            topicsOf(
                "<div class=article-tags><span><a href=/person/ann-lee/>Ann Lee</a></span>"
                    + "<div class=max style='display: none;'>Too many topics."
                    + " <a href=/service/profile/topics/>Edit topics</a></div></div>"))
        .containsExactly("Ann Lee");
  }

  @Test
  void fallsBackToTheSectionWhenThereAreNoKeywords() {
    assertThat(topicsOf("<meta property=article:section content='Coast'>"))
        .containsExactly("Coast");
  }

  @Test
  void splitsChineseKeywordsOnSpaces() {
    assertThat(topicsOf("<meta name=keywords content='港口 渡轮 天气'>"))
        .containsExactly("港口", "渡轮", "天气");
  }

  @Test
  void keepsSpacesInsideLatinKeywords() {
    assertThat(topicsOf("<meta name=keywords content='harbour ferry'>"))
        .containsExactly("harbour ferry");
  }

  @Test
  void readsLinksStyledAsTags() {
    assertThat(
            topicsOf(
                "<a href=/list/ferries><span class='tag-like blue'>Ferries</span></a>"
                    + "<a class=tag href=/list/ice>Ice</a>"
                    + "<a class=stage href=/live>Live</a>"))
        .containsExactly("Ferries", "Ice");
  }
}
