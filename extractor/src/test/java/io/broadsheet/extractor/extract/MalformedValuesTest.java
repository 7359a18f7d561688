package io.broadsheet.extractor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.Reasons;
import io.broadsheet.extractor.extract.ExtractionResult.Rejected;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One malformed value must not cost the page: every JSON-LD string, meta content, {@code datetime},
 * {@code lang} and link of the fixture pages is replaced in turn by values a broken CMS or a
 * hostile page writes (impossible dates, out-of-range offsets, bare schemes, lone surrogates,
 * byline words without names), and no page may come back {@code unparseable}, the reason an
 * exception inside the extractor turns into.
 */
class MalformedValuesTest {

  private static final List<String> FIXTURES =
      List.of("news-article.html", "meta/graph-article.html", "wire-story-big-site.html");

  private static final List<String> MALFORMED =
      List.of(
          "",
          " ",
          "0",
          "-1",
          "99999999999999999999",
          "2024-13-45T99:99:99Z",
          "+999999999-01-01T00:00:00Z",
          "2024-02-30",
          "2024-02-29T24:00:00+25:00",
          "9999-12-31T23:59:59.999999999-18:00",
          "Mon, 32 Foo 2024 25:61:61 GMT",
          "31.02.2024 - 25:70 Uhr",
          "2024年13月45日",
          "0000-00-00",
          "1e309",
          "NaN",
          "\uD800",
          "http://",
          "https://[::1",
          "//",
          "%zz",
          "javascript:alert(1)",
          "schema:",
          "By and and",
          "(with",
          "Source:",
          "x-",
          "zh-Hant-TW-u-ca-chinese",
          "&#0;",
          "&#99999999;");

  /** A JSON-LD string value: {@code "key": "value"}. */
  private static final Pattern JSON_STRING = Pattern.compile("(\"[@\\w]+\"\\s*:\\s*)\"[^\"]*\"");

  /** A value of one of the attributes the field readers look at. */
  private static final Pattern ATTRIBUTE =
      Pattern.compile("((?:content|datetime|lang|href|src)=)\"[^\"]*\"");

  private final PageExtractor extractor = new PageExtractor("v");

  @Test
  void noMalformedValueTurnsAPageUnparseable() {
    List<String> failures = new ArrayList<>();
    int pages = 0;
    for (String fixture : FIXTURES) {
      String html = new String(Pages.fixture(fixture), StandardCharsets.UTF_8);
      for (String value : MALFORMED) {
        for (String mutated :
            List.of(
                replaceAll(JSON_STRING, html, jsonString(value)),
                replaceAll(ATTRIBUTE, html, attributeValue(value)))) {
          pages++;
          ExtractionResult result =
              extractor.extract(Pages.html("https://news.example/a/1", mutated));
          if (result instanceof Rejected rejected
              && rejected.reason().equals(Reasons.UNPARSEABLE)) {
            failures.add(fixture + " with " + value + ": " + rejected.detail());
          }
        }
      }
    }
    assertThat(pages).isEqualTo(FIXTURES.size() * MALFORMED.size() * 2);
    assertThat(failures).isEmpty();
  }

  /** Every match of {@code pattern} keeps its first group and gets {@code quoted} as its value. */
  private static String replaceAll(Pattern pattern, String html, String quoted) {
    Matcher m = pattern.matcher(html);
    StringBuilder out = new StringBuilder();
    int replaced = 0;
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + quoted));
      replaced++;
    }
    m.appendTail(out);
    assertThat(replaced).as("values replaced").isPositive();
    return out.toString();
  }

  private static String jsonString(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String attributeValue(String value) {
    return "\"" + value.replace("&", "&amp;").replace("\"", "&quot;") + "\"";
  }
}
