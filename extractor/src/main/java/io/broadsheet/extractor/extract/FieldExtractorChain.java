package io.broadsheet.extractor.extract;

import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Runs field extractors in a fixed order. The {@linkplain #defaults() default chain} is:
 *
 * <ol>
 *   <li>{@link TitleExtractor}: og:title, article h1, or the cleaned {@code <title>}
 *   <li>{@link CanonicalUrlExtractor}: rel=canonical, og:url, or the final URL
 *   <li>{@link LanguageExtractor}: html lang, og:locale, or Content-Language, as BCP 47
 *   <li>{@link PublishedExtractor}: article:published_time or the first {@code <time datetime>}
 *   <li>{@link BodyExtractor}: the main container's blocks, noise removed
 * </ol>
 *
 * Order matters only where an extractor reads a field an earlier one filled; none do yet, but new
 * ones (e.g. a site-profile override) must be placed with that in mind.
 */
public final class FieldExtractorChain implements FieldExtractor {

  private final List<FieldExtractor> extractors;

  public FieldExtractorChain(List<FieldExtractor> extractors) {
    this.extractors = List.copyOf(extractors);
  }

  /** The documented default chain. */
  public static FieldExtractorChain defaults() {
    return new FieldExtractorChain(
        List.of(
            new TitleExtractor(),
            new CanonicalUrlExtractor(),
            new LanguageExtractor(),
            new PublishedExtractor(),
            new BodyExtractor()));
  }

  /** The extractors, in the order they run. */
  public List<FieldExtractor> extractors() {
    return extractors;
  }

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    for (FieldExtractor extractor : extractors) {
      extractor.extract(doc, ctx, draft);
    }
  }
}
