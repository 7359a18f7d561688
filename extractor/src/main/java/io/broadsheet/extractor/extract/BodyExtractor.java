package io.broadsheet.extractor.extract;

import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.extractor.extract.body.ArticleBodyFinder;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * The body, as ordered blocks of the main container; the algorithm lives in {@link
 * ArticleBodyFinder}. Nothing is found when the page has no container of prose; {@link
 * ArticleDraft#bodyContainerFound()} tells that apart from a container without text.
 */
public final class BodyExtractor implements FieldExtractor {

  private final ArticleBodyFinder finder = new ArticleBodyFinder();

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    List<BodyBlock> blocks = finder.find(doc, draft.title(), draft.authors());
    if (blocks == null) {
      return;
    }
    draft.bodyContainerFound(true);
    draft.body().addAll(blocks);
  }
}
