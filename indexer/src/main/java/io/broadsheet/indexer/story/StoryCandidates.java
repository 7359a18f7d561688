package io.broadsheet.indexer.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The candidates of one batch, indexed by band and body hash, so that each new article is compared
 * only with articles sharing at least one band or its exact body. Articles of the batch are added
 * as they are assigned, so two copies arriving in the same batch still meet.
 */
public final class StoryCandidates {

  private final Map<Long, List<StoryCandidate>> byBand = new HashMap<>();
  private final Map<String, List<StoryCandidate>> byBodyHash = new HashMap<>();

  public void add(StoryCandidate candidate, long[] bands) {
    if (bands != null) {
      for (long band : bands) {
        byBand.computeIfAbsent(band, b -> new ArrayList<>(2)).add(candidate);
      }
    }
    byBodyHash.computeIfAbsent(candidate.bodyHash(), h -> new ArrayList<>(2)).add(candidate);
  }

  /** Everything sharing a band or the body hash with an article, in the order added. */
  public List<StoryCandidate> near(String bodyHash, long[] bands) {
    Set<StoryCandidate> found = new LinkedHashSet<>(byBodyHash.getOrDefault(bodyHash, List.of()));
    if (bands != null) {
      for (long band : bands) {
        found.addAll(byBand.getOrDefault(band, List.of()));
      }
    }
    return new ArrayList<>(found);
  }
}
