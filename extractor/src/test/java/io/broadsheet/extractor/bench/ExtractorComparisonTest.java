package io.broadsheet.extractor.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.events.PageFetched;
import io.broadsheet.extractor.extract.ExtractionResult;
import io.broadsheet.extractor.extract.PageExtractor;
import io.broadsheet.extractor.extract.Pages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two-build comparison's parts; what it measures is for its runs, not for a test. */
class ExtractorComparisonTest {

  /** This build's compiled extractor, as the comparison would take it from a worktree. */
  private static Path thisBuild() throws Exception {
    return Path.of(PageExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void eachBuildRunsItsOwnCopyOfTheExtractor() throws Exception {
    ExtractorBuild base = new ExtractorBuild(thisBuild());
    ExtractorBuild head = new ExtractorBuild(thisBuild());

    assertThat(base.extractorClass()).isNotSameAs(PageExtractor.class);
    assertThat(head.extractorClass()).isNotSameAs(base.extractorClass());
    assertThat(base.extractorClass().getClassLoader())
        .isNotSameAs(head.extractorClass().getClassLoader());

    PageFetched page = Pages.html("https://news.example/a/1", Pages.fixture("news-article.html"));
    Object result = base.extract(page);
    // the result is the build's own type: the JVM's ExtractionResult does not know it
    assertThat(result).isNotInstanceOf(ExtractionResult.class);
    assertThat(result.getClass().getName()).endsWith("ExtractionResult$Extracted");
  }

  @Test
  void comparesTwoBuildsRoundByRound(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("one.html"), Pages.fixture("news-article.html"));
    Files.write(dir.resolve("two.html"), Pages.fixture("wire-story-big-site.html"));
    List<PageFetched> pages = ExtractorComparison.pagesIn(dir);
    ExtractorBuild build = new ExtractorBuild(thisBuild());

    ExtractorComparison.Report report =
        ExtractorComparison.compare(build, new ExtractorBuild(thisBuild()), pages, 1, 4);

    assertThat(report.pages()).isEqualTo(2);
    assertThat(report.rounds()).isEqualTo(4);
    assertThat(report.baseMedian()).isPositive();
    assertThat(report.headMedian()).isPositive();
    assertThat(report.ratioLowerQuartile())
        .isPositive()
        .isLessThanOrEqualTo(report.ratioMedian())
        .isLessThanOrEqualTo(report.ratioUpperQuartile());
  }

  @Test
  void aDirectoryWithoutACompiledExtractorIsRefusedByName(@TempDir Path dir) {
    assertThatThrownBy(() -> new ExtractorBuild(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no compiled extractor in " + dir);
  }

  @Test
  void aDirectoryWithoutPagesIsRefused(@TempDir Path dir) {
    assertThatThrownBy(() -> ExtractorComparison.pagesIn(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no *.html or *.html.gz pages");
  }

  @Test
  void quantilesFollowTheNearestRankRule() {
    double[] values = {4, 1, 3, 2};
    assertThat(ExtractorComparison.quantile(values, 0.5)).isEqualTo(2);
    assertThat(ExtractorComparison.quantile(values, 0.25)).isEqualTo(1);
    assertThat(ExtractorComparison.quantile(values, 0.75)).isEqualTo(3);
    assertThat(ExtractorComparison.quantile(new double[] {7}, 0.5)).isEqualTo(7);
  }
}
