package io.broadsheet.extractor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.broadsheet.events.EventCodec;
import io.broadsheet.extractor.eval.BodyScorer;
import io.broadsheet.extractor.eval.MetaScorer;
import io.broadsheet.extractor.eval.Shingles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code eval --corpus DIR [--out DIR] [--per-page FILE]}: extracts every page of a labelled corpus
 * with the service's code path and scores the output. Two corpus layouts are recognised:
 *
 * <ul>
 *   <li>body benchmark: {@code ground-truth.json} ({@code {id: {articleBody, url}}}) and {@code
 *       html/<id>.html.gz}; scored with 4-token shingles ({@link BodyScorer});
 *   <li>labelled metadata: {@code <id>.html} beside {@code <id>.json} labels; scored per field
 *       ({@link MetaScorer}).
 * </ul>
 */
public final class EvalCommand {

  /** Targets of the extraction issue, printed beside the figures. */
  static final Map<String, Double> META_TARGETS =
      Map.of(
          "title.exact", 0.95,
          "authors.f1", 0.90,
          "published.day", 0.98,
          "published.minute", 0.95,
          "topics.f1", 0.80,
          "body.f1", 0.95,
          "language", 0.98);

  static final double BODY_TARGET = 0.97;

  private final ExtractCommand extract;
  private final PrintStream out;

  public EvalCommand(ExtractCommand extract, PrintStream out) {
    this.extract = extract;
    this.out = out;
  }

  /** Runs and prints; returns the headline figures by metric name. */
  public Map<String, Double> run(Path corpus, Path predictions, Path perPage) throws IOException {
    if (Files.isRegularFile(corpus.resolve("ground-truth.json"))) {
      return body(corpus, predictions, perPage);
    }
    return meta(corpus, predictions, perPage);
  }

  private Map<String, Double> body(Path corpus, Path predictions, Path perPage) throws IOException {
    JsonNode truth = EventCodec.mapper().readTree(corpus.resolve("ground-truth.json").toFile());
    Map<String, String> urls = new HashMap<>();
    truth.fields().forEachRemaining(e -> urls.put(e.getKey(), e.getValue().path("url").asText()));
    Path html = Files.isDirectory(corpus.resolve("html")) ? corpus.resolve("html") : corpus;
    ExtractCommand.Summary s = extract.run(html, predictions, urls);

    BodyScorer scorer = new BodyScorer();
    List<String> rows = new ArrayList<>(List.of("id\tprecision\trecall"));
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String predicted = predictedBody(predictions.resolve(e.getKey() + ".json"));
      Shingles.Overlap o = scorer.add(e.getValue().path("articleBody").asText(""), predicted);
      rows.add(
          "%s\t%.3f\t%.3f".formatted(e.getKey(), BodyScorer.precision(o), BodyScorer.recall(o)));
    }
    writeRows(perPage, rows);
    BodyScorer.Summary sum = scorer.summary();
    out.printf(
        "extracted %d pages: %d articles, %d rejected; predictions in %s%n",
        s.pages(), s.articles(), s.rejected(), predictions);
    out.printf(
        "body (4-token shingles, %d pages)  P=%.3f  R=%.3f  F1=%.3f  (target >= %.2f)  exact=%.3f%n",
        sum.pages(), sum.precision(), sum.recall(), sum.f1(), BODY_TARGET, sum.accuracy());
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("body.precision", sum.precision());
    figures.put("body.recall", sum.recall());
    figures.put("body.f1", sum.f1());
    return figures;
  }

  private Map<String, Double> meta(Path corpus, Path predictions, Path perPage) throws IOException {
    Map<String, JsonNode> labels = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode label = EventCodec.mapper().readTree(f.toFile());
        String id = f.getFileName().toString().replaceFirst("\\.json$", "");
        if (Files.exists(corpus.resolve(id + ".html"))
            || Files.exists(corpus.resolve(id + ".html.gz"))) {
          labels.put(id, label);
        }
      }
    }
    if (labels.isEmpty()) {
      throw new CliException(
          corpus + " holds neither ground-truth.json nor <id>.html pages with <id>.json labels");
    }
    Map<String, String> urls = new HashMap<>();
    labels.forEach((id, l) -> urls.put(id, l.path("url").asText(null)));
    ExtractCommand.Summary s = extract.run(corpus, predictions, urls);

    MetaScorer scorer = new MetaScorer();
    List<String> rows = new ArrayList<>();
    rows.add("id\ttitle\tauthors\tday\tminute\ttopics\tbody\tlanguage");
    for (Map.Entry<String, JsonNode> e : labels.entrySet()) {
      Path p = predictions.resolve(e.getKey() + ".json");
      JsonNode pred =
          Files.exists(p) ? EventCodec.mapper().readTree(p.toFile()) : emptyPrediction();
      Map<String, Object> row = scorer.add(e.getValue(), pred);
      rows.add(
          String.join(
              "\t",
              e.getKey(),
              cell(row, "title"),
              cell(row, "authors"),
              cell(row, "day"),
              cell(row, "minute"),
              cell(row, "topics"),
              cell(row, "body"),
              cell(row, "language")));
    }
    writeRows(perPage, rows);
    out.printf(
        "extracted %d pages: %d articles, %d rejected; predictions in %s%n",
        s.pages(), s.articles(), s.rejected(), predictions);
    Map<String, Double> summary = scorer.summary();
    summary.forEach(
        (metric, value) ->
            out.printf(
                "%-18s %.3f  (n=%d, target >= %.2f)%s%n",
                metric,
                value,
                scorer.count(metric),
                META_TARGETS.get(metric),
                value >= META_TARGETS.get(metric) ? "" : "  below target"));
    return summary;
  }

  private static String predictedBody(Path file) throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    JsonNode body = EventCodec.mapper().readTree(file.toFile()).get("body");
    return body == null || body.isNull() ? null : body.asText();
  }

  private static ObjectNode emptyPrediction() {
    return EventCodec.mapper().createObjectNode();
  }

  private static String cell(Map<String, Object> row, String key) {
    Object v = row.get(key);
    return v == null ? "" : v.toString();
  }

  private static void writeRows(Path file, List<String> rows) throws IOException {
    if (file != null) {
      Files.write(file, rows);
    }
  }
}
