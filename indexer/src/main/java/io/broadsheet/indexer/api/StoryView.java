package io.broadsheet.indexer.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A story: near-duplicate articles (the same wire copy on several sites, light reprints) grouped.
 *
 * @param size how many articles the story has
 * @param firstSeen when its first article was indexed
 * @param articles its articles in the order they were indexed (at most the API's max limit)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StoryView(String id, long size, String firstSeen, List<ArticleView> articles) {}
