package io.broadsheet.extractor.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Multisets of n-token shingles, and the overlap counts both reference metrics build on. */
public final class Shingles {

  /** Overlap of a prediction with the truth: shared, extra and missing shingles. */
  public record Overlap(double tp, double fp, double fn) {
    /** Scaled to sum to 1, as the Zyte benchmark weighs every page the same. */
    Overlap normalised() {
      double sum = tp + fp + fn;
      return sum > 0 ? new Overlap(tp / sum, fp / sum, fn / sum) : this;
    }
  }

  /**
   * Shingles of {@code n} consecutive tokens; a text of fewer than {@code n} tokens is one shingle
   * of all its tokens, an empty text has none.
   */
  static Map<List<String>, Integer> of(List<String> tokens, int n) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < n) {
      out.put(List.copyOf(tokens), 1);
      return out;
    }
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  static Overlap overlap(Map<List<String>, Integer> truth, Map<List<String>, Integer> pred) {
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : pred.entrySet()) {
      int t = truth.getOrDefault(e.getKey(), 0);
      tp += Math.min(t, e.getValue());
      fp += Math.max(0, e.getValue() - t);
    }
    for (Map.Entry<List<String>, Integer> e : truth.entrySet()) {
      fn += Math.max(0, e.getValue() - pred.getOrDefault(e.getKey(), 0));
    }
    return new Overlap(tp, fp, fn);
  }

  private Shingles() {}
}
