package io.broadsheet.indexer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.broadsheet.events.EventCodec;
import io.broadsheet.indexer.store.Article;
import io.broadsheet.indexer.store.VersionRow;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Maps stored articles to their API form. */
final class ArticleViews {

  private static final TypeReference<List<ArticleView.Block>> BLOCKS = new TypeReference<>() {};
  private static final TypeReference<ArticleView.LeadImage> LEAD_IMAGE = new TypeReference<>() {};

  private ArticleViews() {}

  /** The listing form, without the body blocks. */
  static ArticleView summary(Article a) {
    return summary(a, null);
  }

  /** The listing form of a search hit, with its snippet (null without a query). */
  static ArticleView summary(Article a, String snippet) {
    return view(a, snippet, null, null, null, null);
  }

  /** The single-article form: body blocks, versions, story and exact copies. */
  static ArticleView detail(
      Article a, List<VersionRow> versions, long storySize, List<String> duplicates) {
    return view(
        a,
        null,
        read(a.body, BLOCKS),
        versions.stream().map(ArticleViews::version).toList(),
        new ArticleView.StorySummary(a.storyId, storySize),
        duplicates);
  }

  static ArticleView.VersionSummary version(VersionRow v) {
    return new ArticleView.VersionSummary(
        v.version(), utc(v.extractedAt()), v.contentHash(), v.title(), v.changed());
  }

  /** One version in full, for {@code GET /articles/{id}/versions/{n}}. */
  static VersionView versionDetail(String articleId, VersionRow v) {
    return new VersionView(
        articleId,
        v.version(),
        utc(v.extractedAt()),
        utc(v.fetchedAt()),
        v.title(),
        v.subtitle(),
        v.authors(),
        v.section(),
        v.topics(),
        v.leadImage() == null ? null : read(v.leadImage(), LEAD_IMAGE),
        read(v.body(), BLOCKS),
        v.bodyText(),
        v.wordCount(),
        v.contentHash(),
        v.extractorVersion(),
        v.changed());
  }

  private static ArticleView view(
      Article a,
      String snippet,
      List<ArticleView.Block> body,
      List<ArticleView.VersionSummary> versions,
      ArticleView.StorySummary story,
      List<String> duplicates) {
    return new ArticleView(
        a.id,
        a.canonicalUrl,
        a.url,
        a.site,
        a.title,
        a.subtitle,
        a.authors,
        a.credit,
        withOffset(a.published, a.publishedOffset),
        withOffset(a.updated, a.updatedOffset),
        a.section,
        a.topics,
        a.language,
        a.siteName,
        a.leadImage == null ? null : read(a.leadImage, LEAD_IMAGE),
        a.bodyText,
        a.wordCount,
        a.paywalled,
        a.contentHash,
        a.extractorVersion,
        utc(a.fetchedAt),
        utc(a.extractedAt),
        utc(a.lastIndexedAt),
        a.storyId,
        a.version,
        snippet,
        body,
        versions,
        story,
        duplicates);
  }

  /** The instant at the offset the event stated, e.g. {@code 2024-05-01T10:00:00+02:00}. */
  static String withOffset(Instant instant, Integer offsetSeconds) {
    if (instant == null) {
      return null;
    }
    ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetSeconds == null ? 0 : offsetSeconds);
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, offset));
  }

  static String utc(Instant instant) {
    return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return EventCodec.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored JSON is unreadable: " + json, e);
    }
  }
}
