package io.broadsheet.extractor.extract;

import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleExtracted.Kind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * The body, as ordered blocks of the main container.
 *
 * <p>The container is the {@code <article>} (the one holding the most paragraph text when there are
 * several), else the {@code [itemprop=articleBody]} element, else the element whose direct {@code
 * <p>} children hold the most text (paragraphs inside noise do not count). Inside it, noise is
 * skipped: {@code nav, header, footer, aside, form, script, style, noscript, template, figure,
 * figcaption, iframe, button} and elements whose class or id has a token (split on space, '-' and
 * '_') naming share, social, related, newsletter, comment(s), ad(s), advert or promo.
 *
 * <p>Blocks, in document order: {@code <p>} as paragraph, {@code <h2>}-{@code <h4>} as heading,
 * {@code <li>} as list item, {@code <blockquote>} as quote; the text of a block includes its
 * descendants, whitespace normalised, and empty blocks are dropped. Nothing is found when the page
 * has no container; {@link ArticleDraft#bodyContainerFound()} tells the two apart.
 */
public final class BodyExtractor implements FieldExtractor {

  private static final Set<String> NOISE_TAGS =
      Set.of(
          "nav",
          "header",
          "footer",
          "aside",
          "form",
          "script",
          "style",
          "noscript",
          "template",
          "figure",
          "figcaption",
          "iframe",
          "button");

  private static final Set<String> NOISE_TOKENS =
      Set.of(
          "share",
          "sharing",
          "social",
          "related",
          "newsletter",
          "comment",
          "comments",
          "ad",
          "ads",
          "advert",
          "promo");

  private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[\\s_-]+");

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    Element container = container(doc);
    if (container == null) {
      return;
    }
    draft.bodyContainerFound(true);
    List<BodyBlock> blocks = draft.body();
    container.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element element)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (depth > 0 && isNoise(element)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            Kind kind = kindOf(element.normalName());
            if (kind == null) {
              return FilterResult.CONTINUE;
            }
            String text = Text.normalize(element.text());
            if (!text.isEmpty()) {
              blocks.add(new BodyBlock(kind, text));
            }
            return FilterResult.SKIP_CHILDREN;
          }
        });
  }

  static Element container(Document doc) {
    List<Element> articles = doc.select("article");
    if (!articles.isEmpty()) {
      return articles.stream()
          .max(Comparator.comparingInt(BodyExtractor::paragraphTextLength))
          .orElseThrow();
    }
    Element articleBody = doc.selectFirst("[itemprop=articleBody]");
    if (articleBody != null) {
      return articleBody;
    }
    return densestParagraphParent(doc);
  }

  /** The element whose direct {@code <p>} children hold the most text, or null when none do. */
  private static Element densestParagraphParent(Document doc) {
    Map<Element, Integer> textByParent = new HashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      int length = Text.normalize(p.text()).length();
      if (parent != null && length > 0 && !insideNoise(p)) {
        textByParent.merge(parent, length, Integer::sum);
      }
    }
    Element best = null;
    int bestLength = 0;
    for (Element p : doc.select("p")) { // document order, so ties go to the first container
      Element parent = p.parent();
      Integer length = parent == null ? null : textByParent.get(parent);
      if (length != null && length > bestLength) {
        best = parent;
        bestLength = length;
      }
    }
    return best;
  }

  private static boolean insideNoise(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (isNoise(e)) {
        return true;
      }
    }
    return false;
  }

  private static int paragraphTextLength(Element element) {
    int length = 0;
    for (Element p : element.select("p")) {
      length += Text.normalize(p.text()).length();
    }
    return length;
  }

  static boolean isNoise(Element element) {
    if (NOISE_TAGS.contains(element.normalName())) {
      return true;
    }
    return hasNoiseToken(element.className()) || hasNoiseToken(element.id());
  }

  private static boolean hasNoiseToken(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (String token : TOKEN_SEPARATOR.split(value.toLowerCase(Locale.ROOT))) {
      if (NOISE_TOKENS.contains(token)) {
        return true;
      }
    }
    return false;
  }

  private static Kind kindOf(String tag) {
    return switch (tag) {
      case "p" -> Kind.PARAGRAPH;
      case "h2", "h3", "h4" -> Kind.HEADING;
      case "li" -> Kind.LIST_ITEM;
      case "blockquote" -> Kind.QUOTE;
      default -> null;
    };
  }
}
