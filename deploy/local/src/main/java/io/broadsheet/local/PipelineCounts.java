package io.broadsheet.local;

/**
 * How far the pipeline has got: records on each topic and rows in the index.
 *
 * @param fetched pages fetched (records on the pages topic)
 * @param extracted articles extracted (records on the articles topic)
 * @param indexed articles in the indexer's database
 * @param rejected pages rejected by any stage
 */
public record PipelineCounts(long fetched, long extracted, long indexed, long rejected) {

  /** The one-line form the local stack shows while it runs. */
  public String line() {
    return "pages fetched "
        + fetched
        + " | articles extracted "
        + extracted
        + " | articles indexed "
        + indexed
        + " | rejected "
        + rejected;
  }
}
