package io.broadsheet.indexer.api;

import io.broadsheet.indexer.config.IndexerConfig;
import io.broadsheet.indexer.store.Article;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Stories: the articles that carry the same (or nearly the same) body. */
@Path("/stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryResource {

  private final int maxArticles;

  public StoryResource(IndexerConfig config) {
    this.maxArticles = config.api().maxLimit();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A story and its articles, in the order they were indexed")
  public StoryView get(@PathParam("id") String id) {
    long size = Article.count("storyId", id);
    if (size == 0) {
      throw new ApiException(404, "no story with id " + id);
    }
    List<Article> articles =
        Article.<Article>find("storyId = ?1 order by firstIndexedAt, id", id)
            .page(0, maxArticles)
            .list();
    return new StoryView(
        id,
        size,
        ArticleViews.utc(articles.get(0).firstIndexedAt),
        articles.stream().map(ArticleViews::summary).toList());
  }
}
