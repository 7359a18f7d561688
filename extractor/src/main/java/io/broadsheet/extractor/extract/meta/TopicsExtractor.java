package io.broadsheet.extractor.extract.meta;

import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * The publisher's keywords and tags. Sources, first that yields a topic wins: {@code article:tag}
 * (one tag per meta), JSON-LD {@code keywords} (array or comma-separated string), {@code
 * news_keywords}, {@code keywords}, {@code parsely-tags}, then {@code rel=tag} links. Comma-
 * separated values are split; "Key: value" facets (tracking labels, not topics) and duplicates
 * (case-insensitive) are dropped.
 */
public final class TopicsExtractor implements FieldExtractor {

  private static final int MAX_TOPICS = 50;
  private static final int MAX_TOPIC_CHARS = 100;
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
  private static final Pattern FACET = Pattern.compile("^[^:]{1,30}:\\s*\\S");

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    List<List<String>> candidates = new ArrayList<>();
    candidates.add(sources.meta().all("article:tag"));
    candidates.add(JsonLd.texts(sources.jsonLd().article(), "keywords"));
    candidates.add(sources.meta().all("news_keywords"));
    candidates.add(sources.meta().all("keywords"));
    candidates.add(sources.meta().all("parsely-tags"));
    candidates.add(doc.select("a[rel=tag]").eachText());
    for (List<String> values : candidates) {
      List<String> topics = topics(values);
      if (!topics.isEmpty()) {
        draft.topics().addAll(topics);
        return;
      }
    }
  }

  /** The topics in {@code values}, split, cleaned and de-duplicated. */
  static List<String> topics(List<String> values) {
    List<String> topics = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String value : values) {
      for (String part : LIST_SEPARATOR.split(value)) {
        String topic = Clean.text(part);
        if (topic == null || topic.length() > MAX_TOPIC_CHARS || FACET.matcher(topic).find()) {
          continue;
        }
        String key = topic.toLowerCase(Locale.ROOT);
        if (!seen.contains(key) && topics.size() < MAX_TOPICS) {
          seen.add(key);
          topics.add(topic);
        }
      }
    }
    return topics;
  }
}
