package io.broadsheet.extractor.extract.meta;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.broadsheet.extractor.extract.PageIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's JSON-LD, read leniently: every {@code <script type="application/ld+json">} block
 * (several roots in one block, arrays, {@code @graph}, trailing commas, comments, raw control
 * characters, HTML comment or CDATA wrappers), flattened into a list of objects. A block that still
 * does not parse is skipped. Bounded: at most {@link #MAX_BLOCKS} blocks of {@link
 * #MAX_BLOCK_CHARS} characters and {@link #MAX_OBJECTS} objects.
 */
public final class JsonLd {

  static final int MAX_BLOCKS = 40;
  static final int MAX_BLOCK_CHARS = 500_000;
  static final int MAX_OBJECTS = 400;

  /** schema.org types that describe the article itself (CreativeWork subtypes used for news). */
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenews",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "askpublicnewsarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "scholarlyarticle",
          "techarticle",
          "report",
          "satiricalarticle",
          "advertisercontentarticle");

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_MISSING_VALUES)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  private static final Pattern JSON_LD_TYPE = Pattern.compile("(?i)application/ld\\+json");

  private final List<JsonNode> objects = new ArrayList<>();
  private final String pageKey;
  private final java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();

  JsonLd(Document doc) {
    PageIndex index = PageIndex.of(doc);
    Element canonical = index.canonicalLink();
    pageKey = urlKey(canonical == null ? doc.location() : canonical.absUrl("href"));
    int blocks = 0;
    for (Element script : index.byTag("script")) {
      if (!script.hasAttr("type") || !JSON_LD_TYPE.matcher(script.attr("type")).find()) {
        continue; // as script[type~=(?i)application/ld\+json] selects
      }
      if (++blocks > MAX_BLOCKS) {
        break;
      }
      String json = script.data();
      if (json.length() > MAX_BLOCK_CHARS) {
        continue;
      }
      json = json.trim();
      json = stripWrapper(json, "<!--", "-->");
      json = stripWrapper(json, "<![CDATA[", "]]>");
      json = stripWrapper(json, "//<![CDATA[", "//]]>");
      read(json);
    }
  }

  private static String stripWrapper(String json, String open, String close) {
    String text = json;
    if (text.startsWith(open)) {
      text = text.substring(open.length());
    }
    if (text.endsWith(close)) {
      text = text.substring(0, text.length() - close.length());
    }
    return text.trim();
  }

  private void read(String json) {
    try (JsonParser parser = MAPPER.createParser(json);
        MappingIterator<JsonNode> roots = MAPPER.readValues(parser, JsonNode.class)) {
      while (roots.hasNextValue()) {
        collect(roots.nextValue(), 0);
      }
    } catch (IOException | RuntimeException e) {
      // broken block: whatever was read before the error is kept
    }
  }

  /** Adds every object in {@code node}: array items, {@code @graph} members, itself. */
  private void collect(JsonNode node, int depth) {
    if (node == null || depth > 4 || objects.size() >= MAX_OBJECTS) {
      return;
    }
    if (node.isArray()) {
      node.forEach(item -> collect(item, depth + 1));
    } else if (node.isObject()) {
      if (node.has("@type")) {
        objects.add(node);
        JsonNode id = node.get("@id");
        if (id != null && id.isTextual()) {
          byId.putIfAbsent(id.asText(), node);
        }
      }
      collect(node.get("@graph"), depth + 1);
      // some sites nest the article as mainEntity of a WebPage
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject() && isArticle(main)) {
        collect(main, depth + 1);
      }
    }
  }

  /**
   * The object {@code node} refers to when it is only a reference ({@code {"@id": "..."}}, as
   * {@code @graph} pages link their author and publisher), else {@code node} itself.
   */
  JsonNode resolve(JsonNode node) {
    if (node != null && node.isObject() && !node.has("@type") && node.has("@id")) {
      JsonNode target = byId.get(node.get("@id").asText());
      return target == null ? node : target;
    }
    return node;
  }

  /**
   * The JSON-LD of {@code doc}, read once per page and shared by every extractor that asks for it
   * (metadata and body alike), so no script is parsed twice.
   */
  public static JsonLd of(Document doc) {
    return PageSources.of(doc).jsonLd();
  }

  /** Every typed object, in page order. */
  public List<JsonNode> objects() {
    return objects;
  }

  /** The objects typed as an article (NewsArticle, BlogPosting, ...), in page order. */
  List<JsonNode> articles() {
    return objects.stream().filter(JsonLd::isArticle).toList();
  }

  /**
   * The page's own article: of several (a page may also describe related or teaser articles), the
   * one whose {@code url} or {@code mainEntityOfPage} is this page; else the first with a headline;
   * else the first; null when there is none.
   */
  JsonNode article() {
    // asked for by nearly every metadata extractor: chosen once, the objects never change
    if (!articleChosen) {
      article = chooseArticle();
      articleChosen = true;
    }
    return article;
  }

  private JsonNode article;
  private boolean articleChosen;

  private JsonNode chooseArticle() {
    List<JsonNode> articles = articles();
    if (articles.size() > 1) {
      for (JsonNode article : articles) {
        JsonNode page = article.get("mainEntityOfPage");
        String pageUrl =
            page != null && page.isObject() ? text(page, "@id") : text(article, "mainEntityOfPage");
        if (!pageKey.isEmpty()
            && (pageKey.equals(urlKey(text(article, "url"))) || pageKey.equals(urlKey(pageUrl)))) {
          return article;
        }
      }
      for (JsonNode article : articles) {
        if (article.has("headline")) {
          return article;
        }
      }
    }
    return articles.isEmpty() ? null : articles.get(0);
  }

  /** A URL without scheme, query, fragment and trailing slash, for comparing; "" for none. */
  private static String urlKey(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    String key = url.trim().replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[?#].*$", "");
    return key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
  }

  /** The first object whose {@code @type} is one of {@code types} (lower case), else null. */
  JsonNode firstOfType(Set<String> types) {
    for (JsonNode object : objects) {
      for (String type : types(object)) {
        if (types.contains(type)) {
          return object;
        }
      }
    }
    return null;
  }

  static boolean isArticle(JsonNode node) {
    for (String type : types(node)) {
      // also the many non-standard variants pages use ("ReportageNewsArticle", "VideoArticle")
      if (ARTICLE_TYPES.contains(type) || type.endsWith("article") || type.endsWith("posting")) {
        return true;
      }
    }
    return false;
  }

  /** The {@code @type} values, lower case without any schema.org prefix. */
  public static List<String> types(JsonNode node) {
    List<String> types = new ArrayList<>();
    JsonNode type = node == null ? null : node.get("@type");
    if (type == null) {
      return types;
    }
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      if (t.isTextual()) {
        String name = t.asText();
        // "http://schema.org/NewsArticle", "schema:NewsArticle": the name after the last separator
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
        types.add(name.trim().toLowerCase(Locale.ROOT));
      }
    }
    return types;
  }

  /**
   * The text of {@code field}: a string, a number, the {@code name}/{@code @value} of an object, or
   * the first such item of an array; cleaned, else null.
   */
  public static String text(JsonNode node, String field) {
    List<String> texts = texts(node, field);
    return texts.isEmpty() ? null : texts.get(0);
  }

  /** Every text value of {@code field} (see {@link #text}), in order. */
  static List<String> texts(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode value = node == null ? null : node.get(field);
    addTexts(value, out, 0);
    return out;
  }

  private static void addTexts(JsonNode value, List<String> out, int depth) {
    if (value == null || depth > 3 || out.size() > 200) {
      return;
    }
    if (value.isArray()) {
      value.forEach(v -> addTexts(v, out, depth + 1));
    } else if (value.isObject()) {
      JsonNode inner = value.has("name") ? value.get("name") : value.get("@value");
      if (inner != null && !inner.isContainerNode()) {
        addTexts(inner, out, depth + 1);
      }
    } else if (value.isValueNode() && !value.isNull()) {
      String text = Clean.text(value.asText());
      if (text != null) {
        out.add(text);
      }
    }
  }
}
