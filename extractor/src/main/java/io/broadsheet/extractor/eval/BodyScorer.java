package io.broadsheet.extractor.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The Zyte article-extraction benchmark's body metric: 4-token shingles of {@code \w+} tokens, per
 * page overlap normalised to sum 1, precision averaged over pages with output, recall over pages
 * with truth, F1 of the two means.
 */
public final class BodyScorer {

  public static final int SHINGLE = 4;

  private final List<Shingles.Overlap> pages = new ArrayList<>();
  private int exact;

  /** Adds one page; {@code predicted} may be null (no output). */
  public Shingles.Overlap add(String truth, String predicted) {
    List<String> t = Tokens.words(truth);
    List<String> p = Tokens.words(predicted);
    Shingles.Overlap o =
        Shingles.overlap(Shingles.of(t, SHINGLE), Shingles.of(p, SHINGLE)).normalised();
    pages.add(o);
    if (t.equals(p)) {
      exact++;
    }
    return o;
  }

  public static double precision(Shingles.Overlap o) {
    if (o.fp() == 0 && o.fn() == 0) {
      return 1;
    }
    if (o.tp() == 0 && o.fp() == 0) {
      return 0;
    }
    return o.tp() / (o.tp() + o.fp());
  }

  public static double recall(Shingles.Overlap o) {
    if (o.fp() == 0 && o.fn() == 0) {
      return 1;
    }
    if (o.tp() == 0 && o.fn() == 0) {
      return 0;
    }
    return o.tp() / (o.tp() + o.fn());
  }

  /** Aggregate over the pages added so far. */
  public Summary summary() {
    double p =
        pages.stream()
            .filter(o -> o.tp() + o.fp() > 0)
            .mapToDouble(BodyScorer::precision)
            .average()
            .orElse(0);
    double r =
        pages.stream()
            .filter(o -> o.tp() + o.fn() > 0)
            .mapToDouble(BodyScorer::recall)
            .average()
            .orElse(0);
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    return new Summary(pages.size(), p, r, f1, pages.isEmpty() ? 0 : (double) exact / pages.size());
  }

  public record Summary(int pages, double precision, double recall, double f1, double accuracy) {}
}
