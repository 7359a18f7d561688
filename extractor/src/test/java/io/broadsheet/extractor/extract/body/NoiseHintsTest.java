package io.broadsheet.extractor.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NoiseHintsTest {

  private static Element first(String html) {
    return Jsoup.parse(html).body().child(0);
  }

  @Test
  void namesBoilerplateByWholeTokensOfClassOrId() {
    assertThat(NoiseHints.isNoise(first("<div class='social-share'></div>"))).isTrue();
    assertThat(NoiseHints.isNoise(first("<div id='relatedStories'></div>"))).isTrue();
    assertThat(NoiseHints.isNoise(first("<div class='newsletter_box'></div>"))).isTrue();
    assertThat(NoiseHints.isNoise(first("<div class='shadow loaded'></div>"))).isFalse();
    assertThat(NoiseHints.isNoise(first("<div class='download'></div>"))).isFalse();
  }

  @Test
  void namesTextForScreenReadersOnly() {
    assertThat(NoiseHints.isNoise(first("<span class='sr-only'>Open</span>"))).isTrue();
    assertThat(NoiseHints.isNoise(first("<span class='visually-hidden'>Open</span>"))).isTrue();
    assertThat(NoiseHints.isNoise(first("<span class='h-offscreen'>Open box</span>"))).isTrue();
  }

  @Test
  void namesAPictureCreditOutsideAFigure() {
    assertThat(NoiseHints.isNoise(first("<span class='credit'>Photo: Ann Lee</span>"))).isTrue();
    assertThat(NoiseHints.isNoise(first("<div class='image-credit'>Ann Lee / AP</div>"))).isTrue();
  }

  @Test
  void aLinkInASentenceIsPartOfItWhateverItsClassOrId() {
    Element inSentence =
        Jsoup.parse("<p>Talks with <em><a id=auto-tag_ann-lee class=tag>Ann Lee</a></em> end.</p>")
            .selectFirst("a");
    assertThat(NoiseHints.isNoise(inSentence)).isFalse();
    Element inABar =
        Jsoup.parse("<div><div><a class=tag href=/t/ferries>Ferries</a></div></div>")
            .selectFirst("a");
    assertThat(NoiseHints.isNoise(inABar)).isTrue();
  }

  @Test
  void namesPageFurnitureByTagAndRole() {
    assertThat(NoiseHints.isNoise(first("<nav></nav>"))).isTrue();
    assertThat(NoiseHints.isNoise(first("<figure></figure>"))).isTrue();
    assertThat(NoiseHints.isNoise(first("<div role=navigation></div>"))).isTrue();
    assertThat(NoiseHints.isNoise(first("<main class=ads></main>"))).isFalse();
  }

  @Test
  void judgesEachClassNameApartSoAContentClassKeepsAWrapper() {
    assertThat(NoiseHints.isNoise(first("<div class='article-body comments-on'></div>"))).isFalse();
    assertThat(NoiseHints.isNoise(first("<div class='post-author'></div>"))).isTrue();
    assertThat(NoiseHints.isNoise(first("<div class='related-content'></div>"))).isTrue();
  }

  @Test
  void readsAStreamedSegmentThoughItIsHiddenUntilItsScriptMovesItIntoPlace() {
    Element segment =
        org.jsoup.Jsoup.parse("<div hidden id='S:2'><p>late</p></div>").body().child(0);
    Element plain = org.jsoup.Jsoup.parse("<div hidden id='menu'><p>x</p></div>").body().child(0);

    assertThat(NoiseHints.neverText(segment)).isFalse();
    assertThat(NoiseHints.neverText(plain)).isTrue();
  }

  @Test
  void readsTokensAsLowerCasingThemWouldInAnyCase() {
    assertThat(NoiseHints.isNoise(first("<div class='SIDEBAR'></div>"))).isTrue();
    assertThat(NoiseHints.isNoise(first("<div class='Related-Stories'></div>"))).isTrue();
    assertThat(NoiseHints.namesContent(first("<div class='STORY-wrap'></div>"))).isTrue();
    // the Kelvin sign lower-cases to an ASCII k: "keywords"
    assertThat(NoiseHints.isNoise(first("<div class='\u212Aeywords'></div>"))).isTrue();
    // a dotted capital I lower-cases to i and a combining dot: no longer "sidebar"
    assertThat(NoiseHints.isNoise(first("<div class='S\u0130DEBAR'></div>"))).isFalse();
  }
}
