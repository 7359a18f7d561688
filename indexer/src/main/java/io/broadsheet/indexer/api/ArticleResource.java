package io.broadsheet.indexer.api;

import io.broadsheet.indexer.config.IndexerConfig;
import io.broadsheet.indexer.search.ArticleSearch;
import io.broadsheet.indexer.search.SearchRequest;
import io.broadsheet.indexer.store.Article;
import io.broadsheet.indexer.store.ArticleHistory;
import io.broadsheet.indexer.store.VersionRow;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Search and retrieval of indexed articles. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

  private final ArticleSearch search;
  private final ArticleHistory history;
  private final SearchRequest.Limits limits;

  public ArticleResource(ArticleSearch search, ArticleHistory history, IndexerConfig config) {
    this.search = search;
    this.history = history;
    this.limits =
        new SearchRequest.Limits(
            config.api().defaultLimit(), config.api().maxLimit(), config.api().maxQueryLength());
  }

  @GET
  @Operation(
      summary = "Search and list articles",
      description =
          "Newest first (by published time, else first indexed), or by relevance to q. Pass `next`"
              + " back as `cursor` for the following page.")
  public ArticlePage list(
      @Parameter(description = "Full-text query, web-search syntax: words, \"a phrase\", OR, -word")
          @QueryParam("q")
          String q,
      @Parameter(description = "Host of the canonical URL") @QueryParam("site") String site,
      @Parameter(description = "Section, exactly as the publisher names it") @QueryParam("section")
          String section,
      @Parameter(description = "A topic the article carries, exactly") @QueryParam("topic")
          String topic,
      @Parameter(description = "An author's name, exactly") @QueryParam("author") String author,
      @Parameter(description = "BCP 47 language; 'en' also matches 'en-GB'") @QueryParam("language")
          String language,
      @Parameter(description = "Published at or after: a date (UTC day) or date-time with offset")
          @QueryParam("from")
          String from,
      @Parameter(description = "Published at or before: a date (whole UTC day) or date-time")
          @QueryParam("to")
          String to,
      @Parameter(description = "Only articles of this story (cluster)") @QueryParam("story")
          String story,
      @Parameter(description = "time (default) or relevance (needs q)") @QueryParam("sort")
          String sort,
      @Parameter(description = "Page size, 1 to the configured maximum") @QueryParam("limit")
          String limit,
      @Parameter(description = "The `next` of the previous page") @QueryParam("cursor")
          String cursor) {
    SearchRequest request =
        SearchRequest.parse(
            q, site, section, topic, author, language, from, to, story, sort, limit, cursor,
            limits);
    ArticleSearch.Page page = search.search(request);
    Map<String, Article> articles = load(page.hits().stream().map(ArticleSearch.Hit::id).toList());
    List<ArticleView> items = new ArrayList<>(page.hits().size());
    for (ArticleSearch.Hit hit : page.hits()) {
      Article article = articles.get(hit.id());
      if (article != null) { // deleted between the two reads
        items.add(ArticleViews.summary(article, hit.snippet()));
      }
    }
    return new ArticlePage(items, page.next() == null ? null : page.next().encode());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One article with its body, versions, story and exact copies")
  public ArticleView get(@PathParam("id") String id) {
    Article article = find(id);
    List<VersionRow> versions = history.versions(id);
    long storySize = Article.count("storyId", article.storyId);
    List<String> duplicates =
        article.bodyText.isBlank()
            ? List.of()
            : Article.<Article>find(
                    "bodyHash = ?1 and id <> ?2 order by firstIndexedAt, id",
                    article.bodyHash,
                    article.id)
                .page(0, limits.maxLimit())
                .stream()
                .map(a -> a.id)
                .toList();
    return ArticleViews.detail(article, versions, storySize, duplicates);
  }

  @GET
  @Path("/{id}/versions/{version}")
  @Operation(summary = "One version of an article in full (1 is the first)")
  public VersionView version(@PathParam("id") String id, @PathParam("version") String version) {
    int number;
    try {
      number = Integer.parseInt(version);
    } catch (NumberFormatException e) {
      throw new ApiException(400, "version must be a positive integer, got '" + version + "'");
    }
    List<VersionRow> versions = history.versions(id);
    if (versions.isEmpty()) {
      throw new ApiException(404, "no article with id " + id);
    }
    if (number < 1 || number > versions.size()) {
      throw new ApiException(
          404, "article " + id + " has versions 1 to " + versions.size() + ", not " + version);
    }
    return ArticleViews.versionDetail(id, versions.get(number - 1));
  }

  private static Article find(String id) {
    return Article.<Article>findByIdOptional(id)
        .orElseThrow(() -> new ApiException(404, "no article with id " + id));
  }

  private static Map<String, Article> load(List<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return Article.<Article>list("id in ?1", ids).stream()
        .collect(Collectors.toMap(a -> a.id, Function.identity()));
  }
}
