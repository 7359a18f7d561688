package io.broadsheet.extractor.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.EventCodec;
import io.broadsheet.extractor.extract.ExtractionResult;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The per-page JSON of {@code broadsheet extract}, a contract: keys {@code status}, {@code reason},
 * {@code title}, {@code subtitle}, {@code authors}, {@code credit}, {@code published}, {@code
 * updated}, {@code section}, {@code topics}, {@code language}, {@code site_name}, {@code
 * canonical_url}, {@code lead_image}, {@code lead_image_caption}, {@code body} (plain text, blocks
 * separated by blank lines), {@code word_count}. Every key is always present; unknown values are
 * null (lists empty).
 */
public final class ExtractionJson {

  public static ObjectNode of(ExtractionResult result) {
    ObjectNode json = EventCodec.mapper().createObjectNode();
    if (result instanceof ExtractionResult.Extracted extracted) {
      ArticleExtracted a = extracted.article();
      json.put("status", "article");
      json.putNull("reason");
      json.put("title", a.title());
      json.put("subtitle", a.subtitle());
      list(json.putArray("authors"), a.authors());
      list(json.putArray("credit"), a.credit());
      json.put("published", iso(a.published()));
      json.put("updated", iso(a.updated()));
      json.put("section", a.section());
      list(json.putArray("topics"), a.topics());
      json.put("language", a.language());
      json.put("site_name", a.siteName());
      json.put("canonical_url", a.canonicalUrl());
      json.put("lead_image", a.leadImage() == null ? null : a.leadImage().url());
      json.put("lead_image_caption", a.leadImage() == null ? null : a.leadImage().caption());
      json.put("body", a.bodyText());
      json.put("word_count", a.wordCount());
      return json;
    }
    ExtractionResult.Rejected rejected = (ExtractionResult.Rejected) result;
    json.put("status", "rejected");
    json.put("reason", rejected.reason());
    json.put("detail", rejected.detail());
    for (String key :
        List.of(
            "title",
            "subtitle",
            "published",
            "updated",
            "section",
            "language",
            "site_name",
            "canonical_url",
            "lead_image",
            "lead_image_caption",
            "body")) {
      json.putNull(key);
    }
    json.putArray("authors");
    json.putArray("credit");
    json.putArray("topics");
    json.put("word_count", 0);
    return json;
  }

  private static void list(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static String iso(OffsetDateTime time) {
    return time == null ? null : time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private ExtractionJson() {}
}
