package io.broadsheet.extractor.extract.meta;

import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.FieldExtractor;
import io.broadsheet.extractor.extract.Pages;
import java.nio.charset.StandardCharsets;

/** Runs one metadata extractor on a snippet or fixture, for the tests of this package. */
final class MetaPages {

  static final String URL = "https://talpost.example/region/bruecke-123";

  static ArticleDraft run(FieldExtractor extractor, String html) {
    return run(extractor, html, URL);
  }

  /** As {@link #run(FieldExtractor, String)}, for a page fetched from {@code url}. */
  static ArticleDraft run(FieldExtractor extractor, String html, String url) {
    ArticleDraft draft = new ArticleDraft();
    extractor.extract(Pages.parse(html, url), Pages.context(url, null), draft);
    return draft;
  }

  static String fixture(String name) {
    return new String(Pages.fixture("meta/" + name), StandardCharsets.UTF_8);
  }

  private MetaPages() {}
}
