package io.broadsheet.extractor.extract.meta;

import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import io.broadsheet.extractor.extract.PageIndex;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The language as a BCP 47 tag ({@code en}, {@code en-GB}). Sources in order: {@code <html lang>}
 * (or {@code xml:lang}), JSON-LD {@code inLanguage}, {@code og:locale}, the {@code
 * content-language} / {@code language} / {@code dc.language} meta tags, the Content-Language
 * header. Underscores become hyphens and case is normalised ({@code EN_gb} becomes {@code en-GB});
 * a value that is not a well-formed tag is skipped and the next source tried. A page that declares
 * nothing gets a guess from its text ({@link LanguageGuess}), when the evidence is clear; so does a
 * page whose text plainly contradicts its declared language (a template's default {@code lang}).
 */
public final class LanguageExtractor implements FieldExtractor {

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    Element html = doc.selectFirst("html");
    String language = null;
    if (html != null) {
      language = normalize(html.hasAttr("lang") ? html.attr("lang") : html.attr("xml:lang"));
    }
    if (language == null) {
      language = normalize(JsonLd.text(sources.jsonLd().article(), "inLanguage"));
    }
    for (String key : new String[] {"og:locale", "content-language", "language", "dc.language"}) {
      if (language == null) {
        language = normalize(sources.meta().first(key));
      }
    }
    if (language == null && ctx.contentLanguage() != null) {
      language = normalize(ctx.contentLanguage().split(",")[0]);
    }
    if (language == null) {
      // nothing declared: guess from the headline, description and the first paragraphs
      language = LanguageGuess.guess(sample(doc, sources));
    } else {
      // a declared language the text plainly contradicts is a template default
      String contradiction = LanguageGuess.contradiction(language, sample(doc, sources));
      if (contradiction != null) {
        language = contradiction;
      }
    }
    if (language != null) {
      draft.language(language);
    }
  }

  private static String sample(Document doc, PageSources sources) {
    StringBuilder text = new StringBuilder(doc.title()).append(' ');
    text.append(
        java.util.Objects.toString(sources.meta().first("og:description", "description"), ""));
    for (Element p : PageIndex.of(doc).byTag("p")) {
      if (text.length() > LanguageGuess.MAX_CHARS) {
        break;
      }
      text.append(' ').append(p.text());
    }
    return text.toString();
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
