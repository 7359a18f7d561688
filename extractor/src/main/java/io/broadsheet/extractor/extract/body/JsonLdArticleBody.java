package io.broadsheet.extractor.extract.body;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code articleBody} a page states in its JSON-LD (top level, {@code @graph} or arrays), as
 * plain text. Pages that render the article with script state it here only, and other pages state
 * here how long the article really is.
 */
final class JsonLdArticleBody {

  /** JSON-LD scripts larger than this are skipped, to bound parsing work. */
  static final int MAX_SCRIPT_CHARS = 1_000_000;

  private static final int MAX_NODES = 10_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLdArticleBody() {}

  /** The longest articleBody stated, or null. */
  static String of(Document doc) {
    String best = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String json = script.data();
      if (json.isBlank() || json.length() > MAX_SCRIPT_CHARS) {
        continue;
      }
      String body = longestArticleBody(parse(json));
      if (body != null && (best == null || body.length() > best.length())) {
        best = body;
      }
    }
    return best;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException | RuntimeException e) {
      return null; // many pages ship broken JSON-LD; it simply states nothing
    }
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
