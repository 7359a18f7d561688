package io.broadsheet.extractor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageIndexTest {

  private static final Document PAGE =
      Jsoup.parse(
          """
          <div itemprop="author" id="a1"><span itemprop="NAME" id="n1">Ann Lee</span></div>
          <p class="Byline" id="p1">text</p>
          <time pubdate datetime="2024-05-03" id="t1"></time>
          <meta itemprop="datePublished" content="2024-05-02" id="m1">
          """);

  private static String ids(List<Element> elements) {
    return String.join(" ", elements.stream().map(Element::id).toList());
  }

  @Test
  void listsTheMicrodataElementsInDocumentOrder() {
    PageIndex index = PageIndex.of(PAGE);
    assertThat(ids(index.withItemprop())).isEqualTo("a1 n1 m1");
    assertThat(ids(index.withItemprop("name"))).isEqualTo("n1");
    assertThat(index.withItemprop("headline")).isEmpty();
  }

  @Test
  void readsAnItempropAsAListOfNames() {
    Document doc =
        Jsoup.parse(
            "<p id=a itemprop='creator author'></p><p id=b itemprop=' Author\t'></p>"
                + "<p id=c itemprop=authorship></p><p id=d itemprop='co-author author-x'></p>");
    assertThat(ids(PageIndex.of(doc).withItemprop("author"))).isEqualTo("a b");
  }

  @Test
  void tellsWhichOfTwoElementsComesFirst() {
    PageIndex index = PageIndex.of(PAGE);
    Element time = PAGE.getElementById("t1");
    Element meta = PAGE.getElementById("m1");
    assertThat(index.firstInOrder(meta, time)).isSameAs(time);
    assertThat(index.firstInOrder(time, meta)).isSameAs(time);
    assertThat(index.firstInOrder(null, meta)).isSameAs(meta);
  }

  @Test
  void selectsFromCandidatesWithTheirClassLowerCased() {
    List<Element> picked =
        PageIndex.select(
            PageIndex.of(PAGE).elements(), (e, c) -> c != null && c.contains("byline"));
    assertThat(ids(picked)).isEqualTo("p1");
  }

  @Test
  void attributeTestsIgnoreCaseAndAnswerForElementsWithoutAttributes() {
    Element name = PAGE.getElementById("n1");
    Element bare = new Element("b");
    assertThat(PageIndex.attrIs(name, "itemprop", "name")).isTrue();
    assertThat(PageIndex.attrIs(bare, "itemprop", "name")).isFalse();
    assertThat(PageIndex.attrContains(name, "itemprop", "am")).isTrue();
    assertThat(PageIndex.attrContains(bare, "itemprop", "am")).isFalse();
  }
}
