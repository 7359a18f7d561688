package io.broadsheet.indexer.story;

/**
 * A stored (or earlier-in-batch) article that a new one may be a copy of.
 *
 * @param id the article's id
 * @param storyId its story
 * @param bodyHash SHA-256 of its body text: equal hashes are exact copies
 * @param signature its MinHash signature, or null for a body too short to have one
 */
public record StoryCandidate(String id, String storyId, String bodyHash, int[] signature) {}
