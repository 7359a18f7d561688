package io.broadsheet.extractor.extract.body;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.extractor.extract.meta.JsonLd;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Document;

/**
 * The {@code articleBody} a page states in its JSON-LD, as plain text, from the JSON-LD the
 * metadata extractors already read ({@link JsonLd#of}: top level, {@code @graph}, arrays). Pages
 * that render the article with script state it here only, and other pages state here how long the
 * article really is.
 */
final class JsonLdArticleBody {

  private static final int MAX_NODES = 10_000;

  private JsonLdArticleBody() {}

  /** The longest articleBody stated, or null. */
  static String of(Document doc) {
    String best = null;
    for (JsonNode object : JsonLd.of(doc).objects()) {
      String body = longestArticleBody(object);
      if (body != null && (best == null || body.length() > best.length())) {
        best = body;
      }
    }
    return best;
  }

  private static String longestArticleBody(JsonNode root) {
    if (root == null) {
      return null;
    }
    String best = null;
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    int visited = 0;
    while (!todo.isEmpty() && visited++ < MAX_NODES) {
      JsonNode node = todo.pop();
      if (node.isObject()) {
        JsonNode body = node.get("articleBody");
        if (body != null && body.isTextual()) {
          String text = body.asText().strip();
          if (best == null || text.length() > best.length()) {
            best = text;
          }
        }
        node.elements().forEachRemaining(todo::push);
      } else if (node.isArray()) {
        node.elements().forEachRemaining(todo::push);
      }
    }
    return best == null || best.isEmpty() ? null : best;
  }
}
