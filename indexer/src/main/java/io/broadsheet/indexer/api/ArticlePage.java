package io.broadsheet.indexer.api;

import java.util.List;

/**
 * A page of {@code GET /articles}.
 *
 * @param items articles, newest first
 * @param next the opaque cursor of the following page, or null on the last page
 */
public record ArticlePage(List<ArticleView> items, String next) {}
