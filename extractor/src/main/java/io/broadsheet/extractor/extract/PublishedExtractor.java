package io.broadsheet.extractor.extract;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The first publication time: {@code article:published_time}, else the first {@code <time
 * datetime>} inside the {@code <article>}, else the first in the page. Only ISO 8601 date-times
 * with an offset are taken ({@code 2024-03-05T09:30:00+01:00}, {@code ...Z}, {@code ...+0100});
 * anything else is skipped silently, as is a page that states no time.
 */
public final class PublishedExtractor implements FieldExtractor {

  private static final Pattern COLONLESS_OFFSET = Pattern.compile("([+-]\\d{2})(\\d{2})$");

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    OffsetDateTime published =
        parse(TitleExtractor.metaContent(doc, "meta[property=article:published_time]"));
    if (published == null) {
      Element time = doc.selectFirst("article time[datetime]");
      if (time == null) {
        time = doc.selectFirst("time[datetime]");
      }
      published = time == null ? null : parse(time.attr("datetime"));
    }
    if (published != null) {
      draft.published(published);
    }
  }

  /** The date-time, or null when {@code value} is not an ISO 8601 date-time with an offset. */
  static OffsetDateTime parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(COLONLESS_OFFSET.matcher(text).replaceFirst("$1:$2"));
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }
}
