package io.broadsheet.extractor.extract;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleIds;
import io.broadsheet.events.PageFetched;
import io.broadsheet.events.Reasons;
import io.broadsheet.extractor.extract.ExtractionResult.Extracted;
import io.broadsheet.extractor.extract.ExtractionResult.Rejected;
import io.broadsheet.extractor.extract.body.NonArticleDetector;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Turns one fetched page into an article or a rejection. Pure: no CDI, no Kafka, no I/O, so the
 * Kafka consumer and the command line share exactly this code path. Thread-safe.
 *
 * <p>Steps, each of which may reject the page:
 *
 * <ol>
 *   <li>no body bytes: {@code empty}; more than {@link ExtractionLimits#maxBodyBytes()}: {@code
 *       too-large}; a Content-Type other than HTML/XHTML, or none and a body that does not start
 *       with markup: {@code unsupported-type};
 *   <li>decode ({@link PageDecoder}) and parse with jsoup, the final URL as base URI: blank text is
 *       {@code empty};
 *   <li>run the {@link FieldExtractorChain}; no title is {@code not-article}; a body too thin for
 *       an article is judged by {@link NonArticleDetector}: {@code consent-wall}, {@code empty}, or
 *       {@code not-article} with what the page looks like (error page, video page, gallery, section
 *       front);
 * </ol>
 *
 * Anything thrown on the way is caught and becomes {@code unparseable} with the exception message:
 * {@link #extract} never throws.
 */
public final class PageExtractor {

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  private final String extractorVersion;
  private final ExtractionLimits limits;
  private final FieldExtractor chain;
  private final PageDecoder decoder = new PageDecoder();
  private final Clock clock;
  private final NonArticleDetector nonArticle;

  /** An extractor with the default limits and chain. */
  public PageExtractor(String extractorVersion) {
    this(
        extractorVersion,
        ExtractionLimits.DEFAULTS,
        FieldExtractorChain.defaults(),
        Clock.systemUTC());
  }

  public PageExtractor(
      String extractorVersion, ExtractionLimits limits, FieldExtractor chain, Clock clock) {
    this.extractorVersion = Objects.requireNonNull(extractorVersion, "extractorVersion");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.chain = Objects.requireNonNull(chain, "chain");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.nonArticle = new NonArticleDetector(limits.minWords());
  }

  public ExtractionResult extract(PageFetched page) {
    try {
      return extractOrReject(page);
    } catch (RuntimeException | StackOverflowError e) {
      String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      return new Rejected(Reasons.UNPARSEABLE, message);
    }
  }

  private ExtractionResult extractOrReject(PageFetched page) {
    byte[] body = page.body();
    if (body.length == 0) {
      return new Rejected(Reasons.EMPTY, "page body is empty");
    }
    if (body.length > limits.maxBodyBytes()) {
      return new Rejected(
          Reasons.TOO_LARGE,
          "page body is " + body.length + " bytes, limit " + limits.maxBodyBytes());
    }
    if (!isHtml(page.contentType())) {
      return new Rejected(Reasons.UNSUPPORTED_TYPE, "content type " + page.contentType());
    }
    PageDecoder.Decoded decoded = decoder.decode(body, page.charset());
    int first = decoded.firstNonWhitespace();
    if (first < 0) {
      return new Rejected(Reasons.EMPTY, "page holds only whitespace");
    }
    if ((page.contentType() == null || page.contentType().isBlank()) && first != '<') {
      return new Rejected(Reasons.UNSUPPORTED_TYPE, "no content type and the body is not markup");
    }
    Parser parser = Parser.htmlParser().setMaxDepth(limits.maxNestingDepth());
    Document doc = parser.parseInput(decoded.reader(), page.finalUrl());

    ArticleDraft draft = new ArticleDraft();
    chain.extract(doc, new ExtractionContext(page, decoded.charset()), draft);
    return toResult(page, doc, draft);
  }

  private ExtractionResult toResult(PageFetched page, Document doc, ArticleDraft draft) {
    if (draft.title() == null) {
      return new Rejected(Reasons.NOT_ARTICLE, "no title found");
    }
    String bodyText =
        draft.body().stream().map(BodyBlock::text).collect(Collectors.joining("\n\n"));
    int words = Text.wordCount(bodyText);
    NonArticleDetector.Verdict verdict =
        nonArticle.verdict(doc, draft.title(), draft.bodyContainerFound() ? draft.body() : null);
    if (verdict != null) {
      return new Rejected(verdict.reason(), verdict.detail());
    }
    String canonical = draft.canonicalUrl() == null ? page.finalUrl() : draft.canonicalUrl();
    return new Extracted(
        new ArticleExtracted(
            ArticleIds.forCanonicalUrl(canonical),
            canonical,
            page.finalUrl(),
            hostOf(canonical, page.finalUrl()),
            draft.title(),
            draft.subtitle(),
            distinct(draft.authors()),
            distinct(draft.credit()),
            draft.published(),
            draft.updated(),
            draft.section(),
            distinct(draft.topics()),
            draft.language(),
            draft.siteName(),
            draft.leadImage(),
            draft.body(),
            bodyText,
            words,
            draft.paywalled(),
            ArticleIds.sha256Hex(bodyText),
            extractorVersion,
            page.fetchedAt(),
            clock.instant()));
  }

  private static List<String> distinct(List<String> values) {
    return values.stream().distinct().toList();
  }

  /** Whether the media type is HTML; a page without one is sniffed after decoding. */
  static boolean isHtml(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return HTML_TYPES.contains(mediaType);
  }

  private static String hostOf(String url, String fallbackUrl) {
    String host = Hosts.of(url);
    return host != null ? host : Hosts.of(fallbackUrl);
  }
}
