package io.broadsheet.extractor.bench;

import io.broadsheet.events.PageFetched;
import io.broadsheet.extractor.cli.SavedPage;
import io.broadsheet.extractor.cli.SavedPages;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the extractor timed against each other in one JVM, on the same pages: {@code
 * deploy/local/broadsheet bench-compare --base REV --pages DIR}.
 *
 * <p>Why beside the JMH benchmark: on a shared 2-core machine the JMH figure of one build moves by
 * 10–30 % from one run to the next (the machine, not the code: the parse alone moves with it), so a
 * change of a few per cent cannot be seen by comparing two runs. Here both builds run in the same
 * JVM, in alternating rounds (base then head, then head then base), each round one pass over all
 * pages, timed in the thread's CPU time; a slow spell of the machine falls on both builds of a
 * round alike, and the figure is the median of the per-round ratios. What it does not measure: a
 * change of dependencies (both builds run on the libraries of the JVM that loads them) or of JIT
 * behaviour that only shows in a JVM of its own.
 */
public final class ExtractorComparison {

  /** The figures of one comparison; times are CPU milliseconds per page. */
  record Report(
      int pages,
      int rounds,
      double baseMedian,
      double headMedian,
      double ratioMedian,
      double ratioLowerQuartile,
      double ratioUpperQuartile) {

    void print(PrintStream out, Path base, Path head) {
      out.printf(
          Locale.ROOT,
          "pages %d, rounds %d (thread CPU time, one pass per round)%n",
          pages,
          rounds);
      out.printf(Locale.ROOT, "base  %.3f ms/page (median)  %s%n", baseMedian, base);
      out.printf(Locale.ROOT, "head  %.3f ms/page (median)  %s%n", headMedian, head);
      out.printf(
          Locale.ROOT,
          "head/base %.3f (median of the rounds' ratios; quartiles %.3f-%.3f): %+.1f %%%n",
          ratioMedian,
          ratioLowerQuartile,
          ratioUpperQuartile,
          (ratioMedian - 1) * 100);
    }
  }

  private ExtractorComparison() {}

  /**
   * {@code warmupPasses} untimed passes of each build, then {@code rounds} timed rounds. Both
   * builds extract every page once per pass.
   */
  static Report compare(
      ExtractorBuild base,
      ExtractorBuild head,
      List<PageFetched> pages,
      int warmupPasses,
      int rounds) {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no pages to compare on");
    }
    if (rounds < 1 || warmupPasses < 0) {
      throw new IllegalArgumentException("rounds must be at least 1, warm-up passes at least 0");
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < warmupPasses; pass++) {
      passOver(base, pages);
      passOver(head, pages);
    }
    double[] baseTimes = new double[rounds];
    double[] headTimes = new double[rounds];
    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      // alternate which build goes first: whatever the first pass of a round pays (a collection
      // left over, a cold cache) falls on each build equally often
      boolean baseFirst = round % 2 == 0;
      ExtractorBuild first = baseFirst ? base : head;
      ExtractorBuild second = baseFirst ? head : base;
      long firstCpu = timedPass(threads, first, pages);
      long secondCpu = timedPass(threads, second, pages);
      long baseCpu = baseFirst ? firstCpu : secondCpu;
      long headCpu = baseFirst ? secondCpu : firstCpu;
      baseTimes[round] = baseCpu / 1e6 / pages.size();
      headTimes[round] = headCpu / 1e6 / pages.size();
      ratios[round] = (double) headCpu / baseCpu;
    }
    return new Report(
        pages.size(),
        rounds,
        quantile(baseTimes, 0.5),
        quantile(headTimes, 0.5),
        quantile(ratios, 0.5),
        quantile(ratios, 0.25),
        quantile(ratios, 0.75));
  }

  private static long timedPass(
      ThreadMXBean threads, ExtractorBuild build, List<PageFetched> pages) {
    long start = threads.getCurrentThreadCpuTime();
    passOver(build, pages);
    return threads.getCurrentThreadCpuTime() - start;
  }

  private static void passOver(ExtractorBuild build, List<PageFetched> pages) {
    for (PageFetched page : pages) {
      if (build.extract(page) == null) {
        throw new IllegalStateException("no result from " + build.classes());
      }
    }
  }

  /** The {@code q} quantile of {@code values} by the nearest-rank rule (a sorted copy). */
  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /**
   * The saved pages of {@code dir} (or its {@code html/} folder), as the service receives them:
   * what both benchmarks run on.
   */
  static List<PageFetched> pagesIn(Path dir) throws IOException {
    Path pages = Files.isDirectory(dir.resolve("html")) ? dir.resolve("html") : dir;
    if (!Files.isDirectory(pages)) {
      throw new IllegalArgumentException("not a directory: " + dir);
    }
    List<PageFetched> events = new ArrayList<>();
    for (SavedPage page : SavedPages.in(pages, new HashMap<>())) {
      events.add(page.toEvent());
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no *.html or *.html.gz pages in " + pages);
    }
    return events;
  }

  private static final String USAGE =
      "usage: ExtractorComparison --base CLASSES_DIR --head CLASSES_DIR --pages DIR"
          + " [--rounds N (30)] [--warmup PASSES (15)]";

  public static void main(String[] args) throws IOException {
    Path base = null;
    Path head = null;
    Path pages = null;
    int rounds = 30;
    int warmup = 15;
    try {
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--base" -> base = Path.of(value);
          case "--head" -> head = Path.of(value);
          case "--pages" -> pages = Path.of(value);
          case "--rounds" -> rounds = Integer.parseInt(value);
          case "--warmup" -> warmup = Integer.parseInt(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (base == null || head == null || pages == null) {
        throw new IllegalArgumentException("--base, --head and --pages are required");
      }
      ExtractorBuild baseBuild = new ExtractorBuild(base);
      ExtractorBuild headBuild = new ExtractorBuild(head);
      List<PageFetched> events = pagesIn(pages);
      System.out.printf(
          Locale.ROOT,
          "%d pages, %d warm-up passes and %d rounds per build ...%n",
          events.size(),
          warmup,
          rounds);
      compare(baseBuild, headBuild, events, warmup, rounds)
          .print(System.out, baseBuild.classes(), headBuild.classes());
    } catch (IllegalArgumentException e) {
      System.err.println("bench-compare: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
  }
}
