package io.broadsheet.indexer.story;

import java.util.List;

/**
 * Puts a new article into the story of its closest copy. An exact copy (same body hash, non-empty
 * body) always joins; otherwise the candidate with the highest estimated similarity at or above the
 * threshold wins, ties going to the earlier candidate. No match: the article starts its own story,
 * whose id is the article's id. A story is fixed when the article is first indexed; later versions
 * keep it, so a story never splits under its readers.
 */
public final class StoryAssigner {

  private final double threshold;

  /**
   * @param threshold the smallest estimated Jaccard similarity that counts as the same story
   */
  public StoryAssigner(double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException(
          "similarity threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
  }

  /** The story for an article with this body hash and signature, given its candidates. */
  public String assign(
      String articleId,
      String bodyHash,
      boolean emptyBody,
      int[] signature,
      List<StoryCandidate> candidates) {
    if (!emptyBody) {
      for (StoryCandidate c : candidates) {
        if (!c.id().equals(articleId) && bodyHash.equals(c.bodyHash())) {
          return c.storyId();
        }
      }
    }
    String best = null;
    double bestScore = threshold;
    for (StoryCandidate c : candidates) {
      if (c.id().equals(articleId) || c.signature() == null || signature == null) {
        continue;
      }
      double score = MinHash.similarity(signature, c.signature());
      if (score > bestScore || (best == null && score >= bestScore)) {
        best = c.storyId();
        bestScore = score;
      }
    }
    return best == null ? articleId : best;
  }
}
