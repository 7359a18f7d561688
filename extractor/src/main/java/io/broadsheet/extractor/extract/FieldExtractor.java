package io.broadsheet.extractor.extract;

import org.jsoup.nodes.Document;

/**
 * One extraction concern (title, canonical URL, body...), in the shape of StormCrawler's {@code
 * ParseFilter}: it reads the parsed page and fills its field(s) of the draft.
 *
 * <p>Contract for implementations:
 *
 * <ul>
 *   <li>Read {@code doc} only; never modify it (it is shared by every extractor in the chain).
 *   <li>Fill only the draft fields you own, and only with clean values (trimmed, whitespace
 *       normalised, absolute URLs). Leave a field untouched when the page does not state it.
 *   <li>Never throw for odd markup: a missing or malformed value is simply skipped. Anything thrown
 *       is a bug and makes the whole page {@code unparseable}.
 *   <li>Stateless and thread-safe: one instance serves every page.
 * </ul>
 */
@FunctionalInterface
public interface FieldExtractor {

  /**
   * Extracts this extractor's field(s) from {@code doc} into {@code draft}.
   *
   * @param doc the page, parsed with its final URL as base URI
   * @param ctx what is known about the fetch
   * @param draft the article being built; earlier extractors in the chain have already run
   */
  void extract(Document doc, ExtractionContext ctx, ArticleDraft draft);
}
