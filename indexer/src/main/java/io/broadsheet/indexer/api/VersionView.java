package io.broadsheet.indexer.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** One version of an article in full ({@code GET /articles/{id}/versions/{n}}), in snake_case. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VersionView(
    String articleId,
    int version,
    String extractedAt,
    String fetchedAt,
    String title,
    String subtitle,
    List<String> authors,
    String section,
    List<String> topics,
    ArticleView.LeadImage leadImage,
    List<ArticleView.Block> body,
    String bodyText,
    int wordCount,
    String contentHash,
    String extractorVersion,
    List<String> changed) {}
