package io.broadsheet.extractor.extract;

import io.broadsheet.extractor.extract.meta.AuthorsExtractor;
import io.broadsheet.extractor.extract.meta.CreditExtractor;
import io.broadsheet.extractor.extract.meta.DatesExtractor;
import io.broadsheet.extractor.extract.meta.LanguageExtractor;
import io.broadsheet.extractor.extract.meta.LeadImageExtractor;
import io.broadsheet.extractor.extract.meta.PaywallExtractor;
import io.broadsheet.extractor.extract.meta.SectionExtractor;
import io.broadsheet.extractor.extract.meta.SiteNameExtractor;
import io.broadsheet.extractor.extract.meta.SubtitleExtractor;
import io.broadsheet.extractor.extract.meta.TitleExtractor;
import io.broadsheet.extractor.extract.meta.TopicsExtractor;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Runs field extractors in a fixed order. The {@linkplain #defaults() default chain} is:
 *
 * <ol>
 *   <li>{@link TitleExtractor}: the headline most sources agree on, site name removed
 *   <li>{@link CanonicalUrlExtractor}: rel=canonical, og:url, or the final URL
 *   <li>{@link LanguageExtractor}: html lang, JSON-LD, og:locale, meta or Content-Language
 *   <li>{@link DatesExtractor}: published and updated, from JSON-LD, meta, time or visible text
 *   <li>{@link AuthorsExtractor}: the byline's names, from JSON-LD, meta or byline elements
 *   <li>{@link CreditExtractor}: agency credits, after the authors (an agency byline is a credit)
 *   <li>{@link SiteNameExtractor}: og:site_name, the JSON-LD publisher or WebSite
 *   <li>{@link TopicsExtractor}: the publisher's tags and keywords, after the site name (a keyword
 *       list that opens with it is the site's own)
 *   <li>{@link SectionExtractor}, {@link LeadImageExtractor}, {@link PaywallExtractor}
 *   <li>{@link BodyExtractor}: the main container's blocks, noise removed
 *   <li>{@link SubtitleExtractor}: after the title and the body, which it must not repeat
 * </ol>
 *
 * Order matters only where an extractor reads a field an earlier one filled (the subtitle reads the
 * title and the body, the credit the authors, the topics the site name); new ones (e.g. a
 * site-profile override) must be placed with that in mind.
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
            new DatesExtractor(),
            new AuthorsExtractor(),
            new CreditExtractor(),
            new SiteNameExtractor(),
            new TopicsExtractor(),
            new SectionExtractor(),
            new LeadImageExtractor(),
            new PaywallExtractor(),
            new BodyExtractor(),
            new SubtitleExtractor()));
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
