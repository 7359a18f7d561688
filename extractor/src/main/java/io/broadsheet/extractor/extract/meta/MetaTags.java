package io.broadsheet.extractor.extract.meta;

import io.broadsheet.extractor.extract.PageIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags, keyed by their lower-cased {@code property}, {@code name} or
 * {@code itemprop} (a tag with several is filed under each), values cleaned and in page order.
 * Covers OpenGraph ({@code og:*}, {@code article:*}), Twitter cards, Dublin Core ({@code DC.*},
 * {@code dcterms.*}), Parse.ly and Sailthru conventions, and schema.org microdata on meta tags.
 */
final class MetaTags {

  private static final int MAX_TAGS = 2_000;

  /** Compiled once: {@code String.split("\\s+")} compiles its regex on every call. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The attributes a meta tag's key is read from, each a key of its own. */
  private static final String[] KEY_ATTRIBUTES = {"property", "name", "itemprop", "http-equiv"};

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  MetaTags(Document doc) {
    int seen = 0;
    for (Element meta : PageIndex.of(doc).byTag("meta")) {
      if (++seen > MAX_TAGS) {
        break;
      }
      String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("value");
      String value = Clean.text(content);
      if (value == null) {
        continue;
      }
      for (String attr : KEY_ATTRIBUTES) {
        String key = meta.attr(attr).trim().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          values.computeIfAbsent(key, x -> new ArrayList<>()).add(value);
          // some pages write several keys in one attribute: property="og:title twitter:title"
          // (split only then: every \\s character is a control character or the space)
          String[] keys = hasControlOrSpace(key) ? WHITESPACE.split(key) : null;
          for (int i = 0; keys != null && keys.length > 1 && i < keys.length; i++) {
            values.computeIfAbsent(keys[i], x -> new ArrayList<>()).add(value);
          }
        }
      }
    }
  }

  private static boolean hasControlOrSpace(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) <= ' ') {
        return true;
      }
    }
    return false;
  }

  /** The first value under any of {@code keys} (tried in order), or null. */
  String first(String... keys) {
    for (String key : keys) {
      List<String> list = values.get(key);
      if (list != null && !list.isEmpty()) {
        return list.get(0);
      }
    }
    return null;
  }

  /**
   * The values under each key that {@code keyPattern} finds something in and that is not one of
   * {@code skipped}, a list per key, keys in page order.
   */
  List<List<String>> allMatching(Pattern keyPattern, Set<String> skipped) {
    List<List<String>> found = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      if (!skipped.contains(entry.getKey()) && keyPattern.matcher(entry.getKey()).find()) {
        found.add(entry.getValue());
      }
    }
    return found;
  }

  /** Every value under {@code key}, in page order; empty when none. */
  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
