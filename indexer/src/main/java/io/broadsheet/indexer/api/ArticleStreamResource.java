package io.broadsheet.indexer.api;

import io.broadsheet.indexer.stream.IndexedArticleFeed;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /articles/stream}: Server-Sent Events, one {@code article} event (data: the article's
 * listing form as JSON, id: its id) per article indexed or updated from the moment of connecting.
 */
@Path("/articles/stream")
public class ArticleStreamResource {

  private final IndexedArticleFeed feed;

  public ArticleStreamResource(IndexedArticleFeed feed) {
    this.feed = feed;
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(summary = "Server-Sent Events of newly indexed articles")
  public Multi<OutboundSseEvent> stream(@Context Sse sse) {
    return feed.articles()
        .map(ArticleViews::summary)
        .map(
            view ->
                sse.newEventBuilder()
                    .name("article")
                    .id(view.id())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(ArticleView.class, view)
                    .build());
  }
}
