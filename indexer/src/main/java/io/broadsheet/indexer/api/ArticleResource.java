package io.broadsheet.indexer.api;

import io.broadsheet.indexer.config.IndexerConfig;
import io.broadsheet.indexer.store.ArticleSlice;
import io.broadsheet.indexer.store.ArticleStore;
import io.broadsheet.indexer.store.ListingCursor;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Retrieval of indexed articles: a newest-first listing with keyset pagination, and one by id. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

  private final ArticleStore store;
  private final IndexerConfig.Api config;

  public ArticleResource(ArticleStore store, IndexerConfig config) {
    this.store = store;
    this.config = config.api();
  }

  /**
   * {@code GET /articles?limit=N&cursor=C}: newest first (by published, else first indexed, then
   * id). Pass {@code next} back as {@code cursor} for the following page.
   */
  @GET
  public ArticlePage list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
    int size = parseLimit(limit);
    ListingCursor after = cursor == null ? null : parseCursor(cursor);
    ArticleSlice slice = store.page(after, size);
    return new ArticlePage(
        slice.items().stream().map(ArticleViews::summary).toList(),
        slice.next() == null ? null : slice.next().encode());
  }

  /** {@code GET /articles/{id}}: the article with its body blocks, or 404. */
  @GET
  @Path("/{id}")
  public ArticleView get(@PathParam("id") String id) {
    return store
        .findById(id)
        .map(ArticleViews::detail)
        .orElseThrow(() -> new ApiException(404, "no article with id " + id));
  }

  private int parseLimit(String limit) {
    if (limit == null) {
      return config.defaultLimit();
    }
    int value;
    try {
      value = Integer.parseInt(limit.trim());
    } catch (NumberFormatException e) {
      throw new ApiException(400, "limit must be an integer, got '" + limit + "'");
    }
    if (value < 1 || value > config.maxLimit()) {
      throw new ApiException(
          400, "limit must be between 1 and " + config.maxLimit() + ", got " + value);
    }
    return value;
  }

  private static ListingCursor parseCursor(String cursor) {
    try {
      return ListingCursor.decode(cursor);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "invalid cursor '" + cursor + "'");
    }
  }
}
