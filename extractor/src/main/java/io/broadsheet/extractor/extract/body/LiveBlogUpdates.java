package io.broadsheet.extractor.extract.body;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleExtracted.Kind;
import io.broadsheet.extractor.extract.meta.Clean;
import io.broadsheet.extractor.extract.meta.JsonLd;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * The updates of a live blog, as its JSON-LD {@code LiveBlogPosting} states them ({@code
 * liveBlogUpdate}: one posting per update, with its headline and text). On the page each update is
 * a container of its own beside the opening post, so the container the body is cut from holds the
 * opening post only; the updates are part of the article all the same.
 */
final class LiveBlogUpdates {

  private static final int MAX_UPDATES = 500;

  /** Characters of an update's text looked for in the body, to tell whether it is already there. */
  private static final int PROBE_CHARS = 60;

  private LiveBlogUpdates() {}

  /**
   * The updates the page states that {@code body} (not null) does not already hold, each as its
   * headline (a heading) and its paragraphs, in the page's order; empty when the page is not a live
   * blog.
   */
  static List<BodyBlock> missingFrom(Document doc, List<BodyBlock> body) {
    List<BodyBlock> blocks = new ArrayList<>();
    JsonNode live = liveBlog(doc);
    JsonNode updates = live == null ? null : live.get("liveBlogUpdate");
    if (updates == null) {
      return blocks;
    }
    // letters and digits only: markup, entities and quotes differ between the page and its JSON-LD
    String known = Clean.key(String.join(" ", body.stream().map(BodyBlock::text).toList()));
    int seen = 0;
    for (JsonNode update : updates.isArray() ? updates : List.of(updates)) {
      if (++seen > MAX_UPDATES) {
        break;
      }
      JsonNode text = update.get("articleBody");
      if (text == null || !text.isTextual() || text.asText().isBlank()) {
        continue;
      }
      List<BodyBlock> paragraphs = ArticleBodyFinder.paragraphs(text.asText());
      if (paragraphs.isEmpty() || known.contains(probe(paragraphs.get(0).text()))) {
        continue;
      }
      String headline = JsonLd.text(update, "headline");
      if (headline != null) {
        blocks.add(new BodyBlock(Kind.HEADING, headline));
      }
      blocks.addAll(paragraphs);
    }
    return blocks;
  }

  private static JsonNode liveBlog(Document doc) {
    for (JsonNode object : JsonLd.of(doc).objects()) {
      if (JsonLd.types(object).contains("liveblogposting")) {
        return object;
      }
    }
    return null;
  }

  private static String probe(String text) {
    String key = Clean.key(text);
    return key.length() > PROBE_CHARS ? key.substring(0, PROBE_CHARS) : key;
  }
}
