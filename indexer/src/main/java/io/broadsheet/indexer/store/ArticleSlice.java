package io.broadsheet.indexer.store;

import java.util.List;

/**
 * One page of the article listing.
 *
 * @param items the articles, newest first
 * @param next where the following page starts, or null when this is the last page
 */
public record ArticleSlice(List<Article> items, ListingCursor next) {
  public ArticleSlice {
    items = List.copyOf(items);
  }
}
