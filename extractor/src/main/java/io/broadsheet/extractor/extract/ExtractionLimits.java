package io.broadsheet.extractor.extract;

/**
 * Bounds on the work done per page and on what counts as an article.
 *
 * @param maxBodyBytes pages with more body bytes than this are rejected before parsing
 * @param maxNestingDepth deepest element nesting the HTML parser keeps; deeper elements are
 *     flattened by jsoup, which bounds the tree walk on hostile pages
 * @param minWords fewest body words an article has, a CJK character counting as half a word; one
 *     long paragraph is an article (a brief), so there is no paragraph minimum
 */
public record ExtractionLimits(int maxBodyBytes, int maxNestingDepth, int minWords) {

  /** 10 MiB, the cap the fetcher also applies to a page. */
  public static final int DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

  public static final ExtractionLimits DEFAULTS =
      new ExtractionLimits(DEFAULT_MAX_BODY_BYTES, 512, 40);

  public ExtractionLimits {
    if (maxBodyBytes <= 0 || maxNestingDepth <= 0 || minWords < 0) {
      throw new IllegalArgumentException("invalid extraction limits");
    }
  }
}
