package io.broadsheet.extractor.extract;

import java.util.IllformedLocaleException;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The language as a BCP 47 tag ({@code en}, {@code en-GB}): {@code <html lang>}, else {@code
 * og:locale}, else the first tag of the Content-Language header. Underscores become hyphens and
 * case is normalised ({@code EN_gb} becomes {@code en-GB}); a value that is not a well-formed tag
 * is skipped and the next source tried.
 */
public final class LanguageExtractor implements FieldExtractor {

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    Element html = doc.selectFirst("html[lang]");
    String language = html == null ? null : normalize(html.attr("lang"));
    if (language == null) {
      language = normalize(TitleExtractor.metaContent(doc, "meta[property=og:locale]"));
    }
    if (language == null && ctx.contentLanguage() != null) {
      language = normalize(ctx.contentLanguage().split(",")[0]);
    }
    if (language != null) {
      draft.language(language);
    }
  }

  /** The BCP 47 form of {@code value}, or null when it is blank or not a well-formed tag. */
  static String normalize(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(value.trim().replace('_', '-')).build();
      String tag = locale.toLanguageTag();
      return tag.isEmpty() || tag.equals("und") ? null : tag;
    } catch (IllformedLocaleException e) {
      return null;
    }
  }
}
