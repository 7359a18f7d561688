package io.broadsheet.extractor.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline: {@code og:title}, else the {@code <h1>} inside the {@code <article>}, else the
 * {@code <title>} with a trailing site-name suffix (" | Site", " - Site", " – Site", " — Site")
 * removed.
 */
public final class TitleExtractor implements FieldExtractor {

  /** Everything before the last separator that has whitespace on both sides. */
  private static final Pattern SITE_SUFFIX = Pattern.compile("^(.+)\\s+[|\\-–—]\\s+\\S.*$");

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    String title = metaContent(doc, "meta[property=og:title]");
    if (title == null) {
      Element h1 = doc.selectFirst("article h1");
      title = h1 == null ? null : Text.nonBlank(h1.text());
    }
    if (title == null) {
      title = withoutSiteSuffix(Text.nonBlank(doc.title()));
    }
    if (title != null) {
      draft.title(title);
    }
  }

  /** {@code "Rates rise | The Daily"} becomes {@code "Rates rise"}; null stays null. */
  static String withoutSiteSuffix(String title) {
    if (title == null) {
      return null;
    }
    Matcher matcher = SITE_SUFFIX.matcher(title);
    return matcher.matches() ? matcher.group(1).trim() : title;
  }

  static String metaContent(Document doc, String cssQuery) {
    Element meta = doc.selectFirst(cssQuery);
    return meta == null ? null : Text.nonBlank(meta.attr("content"));
  }
}
