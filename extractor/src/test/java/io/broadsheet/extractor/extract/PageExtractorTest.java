package io.broadsheet.extractor.extract;

import static io.broadsheet.extractor.extract.Pages.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleExtracted.Kind;
import io.broadsheet.events.ArticleIds;
import io.broadsheet.events.Reasons;
import io.broadsheet.extractor.extract.ExtractionResult.Extracted;
import io.broadsheet.extractor.extract.ExtractionResult.Rejected;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PageExtractorTest {

  private static final Instant NOW = Instant.parse("2024-03-05T10:00:05Z");
  private static final String ARTICLE_URL =
      "https://www.lanterngazette.example/2024/03/harbour-ferry-returns?utm_source=rss";
  private static final String ARTICLE_CANONICAL =
      "https://www.lanterngazette.example/2024/03/harbour-ferry-returns";
  private static final String ARTICLE_BODY =
      """
      The little green ferry that links the two halves of Portwhistle resumed its crossings on \
      Tuesday morning, after three months on the slipway having its hull plates replaced.

      Regular passengers lined the quay before seven o'clock, and the first sailing left full, \
      with a queue of cyclists waiting for the second.

      A cheaper crossing for residents

      The harbour board confirmed that residents' fares will stay at last year's price until \
      the end of the summer.

      We missed it more than we expected to.

      Weekday sailings every twenty minutes

      Weekend sailings every half hour""";

  private final PageExtractor extractor =
      new PageExtractor(
          "9.9.9-test",
          ExtractionLimits.DEFAULTS,
          FieldExtractorChain.defaults(),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void extractsTheArticleAndDropsNavigationShareNewsletterRelatedAdsCommentsAndFooter() {
    ArticleExtracted article = extracted(Pages.html(ARTICLE_URL, fixture("news-article.html")));

    assertThat(article.title()).isEqualTo("Harbour ferry returns after winter repairs");
    assertThat(article.bodyText()).isEqualTo(ARTICLE_BODY);
    assertThat(article.body())
        .extracting(BodyBlock::kind)
        .containsExactly(
            Kind.PARAGRAPH,
            Kind.PARAGRAPH,
            Kind.HEADING,
            Kind.PARAGRAPH,
            Kind.QUOTE,
            Kind.LIST_ITEM,
            Kind.LIST_ITEM);
  }

  @Test
  void resolvesARelativeCanonicalLinkAgainstTheFinalUrl() {
    ArticleExtracted article = extracted(Pages.html(ARTICLE_URL, fixture("news-article.html")));

    assertThat(article.canonicalUrl()).isEqualTo(ARTICLE_CANONICAL);
    assertThat(article.url()).isEqualTo(ARTICLE_URL);
    assertThat(article.site()).isEqualTo("www.lanterngazette.example");
    assertThat(article.id()).isEqualTo(ArticleIds.forCanonicalUrl(ARTICLE_CANONICAL));
  }

  @Test
  void fillsLanguagePublishedCountsHashVersionAndTimes() {
    ArticleExtracted article = extracted(Pages.html(ARTICLE_URL, fixture("news-article.html")));

    assertThat(article.language()).isEqualTo("en-GB");
    assertThat(article.published())
        .isEqualTo(OffsetDateTime.of(2024, 3, 5, 9, 30, 0, 0, ZoneOffset.UTC));
    assertThat(article.wordCount()).isEqualTo(95);
    assertThat(article.contentHash()).isEqualTo(ArticleIds.sha256Hex(ARTICLE_BODY));
    assertThat(article.extractorVersion()).isEqualTo("9.9.9-test");
    assertThat(article.fetchedAt()).isEqualTo(Pages.FETCHED_AT);
    assertThat(article.extractedAt()).isEqualTo(NOW);
  }

  @Test
  void prefersOgTitleOverTheSuffixedTitleAndOgUrlWhenThereIsNoCanonicalLink() {
    ArticleExtracted article =
        extracted(
            Pages.html(
                "https://riverside-courier.example/n/123?ref=home", fixture("og-title.html")));

    assertThat(article.title()).isEqualTo("Council approves a night bus trial for the east side");
    assertThat(article.canonicalUrl())
        .isEqualTo("https://www.riverside-courier.example/news/night-bus-trial");
    assertThat(article.site()).isEqualTo("www.riverside-courier.example");
    assertThat(article.language()).isEqualTo("en-US");
    assertThat(article.published())
        .isEqualTo(OffsetDateTime.of(2024, 6, 12, 18, 5, 0, 0, ZoneOffset.ofHours(-4)));
    assertThat(article.body()).hasSize(2);
    assertThat(article.body().get(0).text())
        .startsWith("Members of the city council voted seven to two on Wednesday");
  }

  @Test
  void decodesAWindows1252PageDeclaredOnlyInAMetaTag() {
    ArticleExtracted article =
        extracted(
            Pages.page(
                "https://lephare.example/cafe",
                "text/html",
                null,
                "fr-CA, en",
                fixture("windows-1252.html")));

    assertThat(article.title()).isEqualTo("Le café du port rouvre ses portes");
    assertThat(article.body().get(0).text())
        .isEqualTo(
            "Après deux ans de travaux, le café qui fait l’angle du quai a rouvert samedi, avec une"
                + " terrasse agrandie et une carte à moins de 10 €.");
    assertThat(article.body().get(1).text()).startsWith("« Nous voulions que les pêcheurs");
    assertThat(article.language()).isEqualTo("fr-CA");
    assertThat(article.canonicalUrl()).isEqualTo("https://lephare.example/cafe");
  }

  @Test
  void decodesAUtf8PageWithAByteOrderMark() {
    ArticleExtracted article =
        extracted(Pages.html("https://alpineledger.example/baths", fixture("utf8-bom.html")));

    assertThat(article.title()).isEqualTo("Zürich opens a second lakeside bathhouse");
    assertThat(article.language()).isEqualTo("de-CH");
    assertThat(article.body().get(0).text())
        .isEqualTo(
            "The city’s new bathhouse at Wollishofen welcomed its first swimmers on Saturday — a"
                + " week earlier than planned, thanks to a dry spring.");
    assertThat(article.wordCount()).isEqualTo(50);
  }

  @Test
  void rejectsAnEmptyBodyAsEmpty() {
    assertThat(extractor.extract(Pages.html("https://a.example/x", fixture("empty.html"))))
        .isEqualTo(new Rejected(Reasons.EMPTY, "page body is empty"));
  }

  @Test
  void rejectsAWhitespaceOnlyBodyAsEmpty() {
    assertThat(extractor.extract(Pages.html("https://a.example/x", " \n\t ")))
        .isEqualTo(new Rejected(Reasons.EMPTY, "page holds only whitespace"));
  }

  @Test
  void rejectsASectionFrontOfLinksAsNotAnArticle() {
    assertThat(
            extractor.extract(
                Pages.html(
                    "https://www.lanterngazette.example/world", fixture("section-front.html"))))
        .isEqualTo(
            new Rejected(
                Reasons.NOT_ARTICLE,
                "section front or tag page: 6 link(s) make most of the text, 8 word(s) of article"
                    + " text"));
  }

  @Test
  void rejectsAPageWithoutATitleAsNotAnArticle() {
    String html = "<article><p>One paragraph.</p><p>Another paragraph.</p></article>";

    assertThat(extractor.extract(Pages.html("https://a.example/x", html)))
        .isEqualTo(new Rejected(Reasons.NOT_ARTICLE, "no title found"));
  }

  @Test
  void rejectsAnArticleContainerWithoutTextAsEmpty() {
    String html = "<title>Gallery</title><article><figure><img src=a.jpg></figure></article>";

    assertThat(extractor.extract(Pages.html("https://a.example/x", html)))
        .isEqualTo(new Rejected(Reasons.EMPTY, "article body container holds no text"));
  }

  @Test
  void rejectsAThinBodyAsNotAnArticleWithCounts() {
    String html = "<title>Brief</title><article><p>Only a single short paragraph.</p></article>";

    assertThat(extractor.extract(Pages.html("https://a.example/x", html)))
        .isEqualTo(
            new Rejected(
                Reasons.NOT_ARTICLE,
                "body has 1 paragraph(s) and 5 word(s); an article needs at least 40 words"));
  }

  @Test
  void rejectsABodyOverTheLimitAsTooLargeBeforeParsing() {
    PageExtractor small =
        new PageExtractor(
            "v",
            new ExtractionLimits(100, 512, 40),
            (doc, ctx, draft) -> {
              throw new AssertionError("must not parse");
            },
            Clock.systemUTC());

    assertThat(small.extract(Pages.html("https://a.example/x", new byte[101])))
        .isEqualTo(new Rejected(Reasons.TOO_LARGE, "page body is 101 bytes, limit 100"));
  }

  @Test
  void rejectsANonHtmlContentTypeAsUnsupported() {
    assertThat(
            extractor.extract(
                Pages.page(
                    "https://a.example/x.pdf", "application/pdf", null, null, new byte[] {1})))
        .isEqualTo(new Rejected(Reasons.UNSUPPORTED_TYPE, "content type application/pdf"));
  }

  @Test
  void rejectsABodyWithoutContentTypeThatIsNotMarkupAsUnsupported() {
    assertThat(
            extractor.extract(
                Pages.page("https://a.example/x", null, null, null, "{\"a\":1}".getBytes())))
        .isEqualTo(
            new Rejected(Reasons.UNSUPPORTED_TYPE, "no content type and the body is not markup"));
  }

  @Test
  void turnsAnExceptionInTheChainIntoUnparseableWithItsMessage() {
    PageExtractor failing =
        new PageExtractor(
            "v",
            ExtractionLimits.DEFAULTS,
            (doc, ctx, draft) -> {
              throw new IllegalStateException("boom in extractor");
            },
            Clock.systemUTC());

    assertThat(failing.extract(Pages.html("https://a.example/x", fixture("news-article.html"))))
        .isEqualTo(new Rejected(Reasons.UNPARSEABLE, "boom in extractor"));
  }

  @Test
  void boundsDeeplyNestedMarkupAndStillExtracts() {
    String html =
        "<title>Deep</title>" + "<div>".repeat(20_000) + "<p>x</p>" + "</div>".repeat(20_000);

    assertThat(extractor.extract(Pages.html("https://a.example/x", html)))
        .isEqualTo(
            new Rejected(
                Reasons.NOT_ARTICLE,
                "body has 1 paragraph(s) and 1 word(s); an article needs at least 40 words"));
  }

  private ArticleExtracted extracted(io.broadsheet.events.PageFetched page) {
    ExtractionResult result = extractor.extract(page);
    assertThat(result).isInstanceOf(Extracted.class);
    return ((Extracted) result).article();
  }
}
