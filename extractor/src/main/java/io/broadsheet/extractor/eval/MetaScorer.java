package io.broadsheet.extractor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The metadata metrics of the labelled news corpus: title exact match, author and topic set F1
 * (pooled), publication time to the day and to the minute, body bag-of-words F1 of means, and
 * language. A label that is null means "not labelled": the page is left out of that metric.
 */
public final class MetaScorer {

  private final Map<String, List<Double>> values = new LinkedHashMap<>();
  private final Map<String, int[]> pooled = new LinkedHashMap<>();
  private final Map<String, Integer> pooledPages = new LinkedHashMap<>();

  /**
   * Adds one page: the label JSON and the prediction JSON (possibly empty).
   *
   * @return this page's scores, for a per-page report
   */
  public Map<String, Object> add(JsonNode gold, JsonNode pred) {
    Map<String, Object> row = new LinkedHashMap<>();
    if (present(gold, "title")) {
      boolean hit = normText(gold.get("title").asText()).equals(normText(text(pred, "title")));
      add("title.exact", hit);
      row.put("title", hit ? 1 : 0);
    }
    for (String field : List.of("authors", "topics")) {
      if (present(gold, field)) {
        int[] c = setCounts(list(gold.get(field)), list(pred.get(field)));
        int[] total = pooled.computeIfAbsent(field, k -> new int[3]);
        pooledPages.merge(field, 1, Integer::sum);
        for (int i = 0; i < 3; i++) {
          total[i] += c[i];
        }
        row.put(field, round(prf(c[0], c[1], c[2])[2]));
      }
    }
    if (present(gold, "published")) {
      scoreDate(gold, text(pred, "published"));
      row.put("day", last("published.day"));
      row.put("minute", last("published.minute"));
    }
    if (present(gold, "body")) {
      List<String> g = Tokens.wordsNfkcCjk(gold.get("body").asText());
      List<String> p = Tokens.wordsNfkcCjk(text(pred, "body"));
      Shingles.Overlap o = Shingles.overlap(Shingles.of(g, 1), Shingles.of(p, 1));
      double[] prf = prf(o.tp(), o.fp(), o.fn());
      if (o.tp() + o.fp() > 0) {
        values.computeIfAbsent("body.p", k -> new ArrayList<>()).add(prf[0]);
      }
      values.computeIfAbsent("body.r", k -> new ArrayList<>()).add(prf[1]);
      row.put("body", round(prf[2]));
    }
    if (present(gold, "language")) {
      add("language", lang(gold.get("language").asText()).equals(lang(text(pred, "language"))));
      row.put("language", last("language"));
    }
    return row;
  }

  private Object last(String metric) {
    List<Double> v = values.get(metric);
    return v == null || v.isEmpty() ? null : v.get(v.size() - 1).intValue();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** Metric name to value, in a stable order. */
  public Map<String, Double> summary() {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("title.exact", mean("title.exact"));
    out.put("authors.f1", pooledF1("authors"));
    out.put("published.day", mean("published.day"));
    out.put("published.minute", mean("published.minute"));
    out.put("topics.f1", pooledF1("topics"));
    double p = mean("body.p");
    double r = mean("body.r");
    out.put("body.f1", p + r > 0 ? 2 * p * r / (p + r) : 0);
    out.put("language", mean("language"));
    return out;
  }

  /** How many labelled pages a metric was computed over. */
  public int count(String metric) {
    String field = metric.replace(".f1", "");
    if (pooledPages.containsKey(field)) {
      return pooledPages.get(field);
    }
    return values.getOrDefault(metric.equals("body.f1") ? "body.r" : metric, List.of()).size();
  }

  private void scoreDate(JsonNode gold, String predicted) {
    Temporal g = WhenParser.parse(gold.get("published").asText());
    Temporal p = WhenParser.parse(predicted);
    if ("day".equals(text(gold, "published_precision")) && g instanceof LocalDateTime ldt) {
      g = ldt.toLocalDate();
    } else if ("day".equals(text(gold, "published_precision")) && g instanceof OffsetDateTime odt) {
      g = odt.toLocalDate();
    }
    boolean goldHasTime = !(g instanceof LocalDate);
    if (g == null || p == null) {
      add("published.day", false);
      if (goldHasTime && g != null) {
        add("published.minute", false);
      }
      return;
    }
    boolean predHasTime = !(p instanceof LocalDate);
    if (!goldHasTime || !predHasTime) {
      add("published.day", dateOf(g).equals(dateOf(p)));
      if (goldHasTime) {
        add("published.minute", false);
      }
      return;
    }
    if (g instanceof OffsetDateTime go && p instanceof OffsetDateTime po) {
      add(
          "published.day",
          po.withOffsetSameInstant(go.getOffset()).toLocalDate().equals(go.toLocalDate()));
      add(
          "published.minute",
          go.toInstant()
              .truncatedTo(ChronoUnit.MINUTES)
              .equals(po.toInstant().truncatedTo(ChronoUnit.MINUTES)));
    } else {
      LocalDateTime gl = wallClock(g);
      LocalDateTime pl = wallClock(p);
      add("published.day", gl.toLocalDate().equals(pl.toLocalDate()));
      add(
          "published.minute",
          gl.truncatedTo(ChronoUnit.MINUTES).equals(pl.truncatedTo(ChronoUnit.MINUTES)));
    }
  }

  private static LocalDate dateOf(Temporal t) {
    return t instanceof LocalDate d ? d : wallClock(t).toLocalDate();
  }

  private static LocalDateTime wallClock(Temporal t) {
    return t instanceof OffsetDateTime o ? o.toLocalDateTime() : (LocalDateTime) t;
  }

  public static String normText(String s) {
    if (s == null) {
      return "";
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
    t = t.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "");
    return t.replaceAll("(?U)\\s+", " ").strip();
  }

  private static String normName(String s) {
    return normText(s).toLowerCase(Locale.ROOT);
  }

  private static int[] setCounts(List<String> gold, List<String> pred) {
    Set<String> g = new HashSet<>();
    gold.stream().map(MetaScorer::normName).filter(x -> !x.isEmpty()).forEach(g::add);
    Set<String> p = new HashSet<>();
    pred.stream().map(MetaScorer::normName).filter(x -> !x.isEmpty()).forEach(p::add);
    Set<String> both = new HashSet<>(g);
    both.retainAll(p);
    return new int[] {both.size(), p.size() - both.size(), g.size() - both.size()};
  }

  private static double[] prf(double tp, double fp, double fn) {
    double p = tp + fp > 0 ? tp / (tp + fp) : (fn == 0 ? 1 : 0);
    double r = tp + fn > 0 ? tp / (tp + fn) : (fp == 0 ? 1 : 0);
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    return new double[] {p, r, f};
  }

  private double pooledF1(String field) {
    int[] c = pooled.getOrDefault(field, new int[3]);
    return prf(c[0], c[1], c[2])[2];
  }

  private static String lang(String v) {
    if (v == null || v.isBlank()) {
      return "";
    }
    String x = v.strip().toLowerCase(Locale.ROOT).replace('_', '-').split("-")[0];
    return x.equals("nb") || x.equals("nn") ? "no" : x;
  }

  private void add(String metric, boolean hit) {
    values.computeIfAbsent(metric, k -> new ArrayList<>()).add(hit ? 1.0 : 0.0);
  }

  private double mean(String metric) {
    return values.getOrDefault(metric, List.of()).stream().mapToDouble(d -> d).average().orElse(0);
  }

  private static boolean present(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null
        && !v.isNull()
        && !(v.isTextual() && v.asText().isEmpty())
        && !(v.isArray() && v.isEmpty());
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> list(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isTextual()) {
      out.add(v.asText());
    } else if (v.isArray()) {
      v.forEach(
          x -> {
            JsonNode item = x.isObject() ? (x.has("name") ? x.get("name") : x.get("value")) : x;
            if (item != null && !item.isNull() && !item.asText().isBlank()) {
              out.add(item.asText());
            }
          });
    }
    return out;
  }
}
