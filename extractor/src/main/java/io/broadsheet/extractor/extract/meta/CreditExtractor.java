package io.broadsheet.extractor.extract.meta;

import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import io.broadsheet.extractor.extract.PageIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Agency credits ({@link NewsAgencies}): an author that is an agency ("By dpa"), a dateline credit
 * at the start of the article ("PARIS (AFP) –"), a source line ("Source: Reuters/ec", "Quelle:
 * dpa"), a "(with AFP)" note, a contributor line ("Reuters contributed to this report."), or a
 * short closing line of agency names and editor signs ("dpa/ec"). Only the article's first and last
 * paragraphs and credit-like elements are read, so an agency merely mentioned in the story is not a
 * credit. Runs after the authors.
 */
public final class CreditExtractor implements FieldExtractor {

  private static final int EDGE_PARAGRAPHS = 2;
  private static final int MAX_LINE_CHARS = 300;

  private static final String AGENCY = NewsAgencies.ALTERNATION;

  /** "(AFP)", "(dpa/ec)", "(with AFP)", "(mit Material von Reuters)". */
  private static final Pattern IN_PARENTHESES =
      Pattern.compile(
          "\\((?:[\\p{L} ]{1,25}\\s)?" + AGENCY + "(?:\\s?[/,]\\s?[\\p{L}. ]{1,20})?\\)");

  /** "Source: Reuters", "Quelle: dpa, AFP". */
  private static final Pattern SOURCE_LINE =
      Pattern.compile(
          "(?i:source|sources|quelle|quellen|fuente|fonte|källa|kilde|kilder|źródło|zdroj|bron)"
              + "\\s?:\\s?"
              + AGENCY);

  /** A closing line made only of agency names and editor signs: "dpa/ec", "AFP, Reuters". */
  private static final Pattern CLOSING_LINE =
      Pattern.compile("^\\(?" + AGENCY + "(?:\\s?[/,]\\s?[\\p{L}. -]{1,20}){0,3}\\)?\\.?$");

  /**
   * A contributor line naming an agency: "Reuters contributed to this report.", "Additional
   * reporting by The Associated Press", "With reports from AFP".
   */
  private static final Pattern CONTRIBUTOR_LINE =
      Pattern.compile(
          "(?:(?i:(?:additional |further |with )?reporting (?:by|from)|with reports? from"
              + "|con informaci[oó]n de)\\s(?:(?i:the)\\s)?"
              + AGENCY
              + "|"
              + AGENCY
              + "\\s(?i:contributed))");

  private static final Pattern ANY_AGENCY =
      Pattern.compile("(?<![\\p{L}-])" + AGENCY + "(?![\\p{L}-])");

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    List<String> credits = new ArrayList<>();
    for (String author : draft.authors()) {
      add(credits, NewsAgencies.canonical(author));
    }
    for (String line : lines(doc)) {
      String text = line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) : line;
      // Each pattern only on lines holding its fixed part: the agency alternation tried at every
      // position of every line was most of this step's time, and most lines name no agency.
      if (text.indexOf('(') >= 0) {
        findAll(IN_PARENTHESES, text, credits);
      }
      if (text.indexOf(':') >= 0) {
        findAll(SOURCE_LINE, text, credits);
      }
      Matcher closing = CLOSING_LINE.matcher(text);
      if (closing.lookingAt()) { // anchored at the line's start: one try, not one per position
        addAll(credits, closing.group());
      }
      if (mayNameContributors(text)) {
        findAll(CONTRIBUTOR_LINE, text, credits);
      }
    }
    credits.forEach(c -> draft.credit().add(c));
  }

  /** The first and last paragraphs of the article, and the texts of credit-like elements. */
  private static List<String> lines(Document doc) {
    List<String> lines = new ArrayList<>();
    PageIndex index = PageIndex.of(doc);
    Element scope = index.first("article");
    List<Element> paragraphs = index.byTagWithin("p", scope == null ? doc.body() : scope);
    if (paragraphs.isEmpty() && scope != null) {
      paragraphs = index.byTag("p");
    }
    int n = paragraphs.size();
    for (int i = 0; i < n; i++) {
      if (i < EDGE_PARAGRAPHS || i >= n - EDGE_PARAGRAPHS) {
        lines.add(paragraphs.get(i).text().trim());
      }
    }
    int seen = 0;
    for (Element el : index.withClassContaining("credit", "source", "agency")) {
      if (++seen > 10) {
        break;
      }
      if (el.closest("figure") == null) {
        lines.add(el.text().trim());
      }
    }
    return lines;
  }

  /** Whether the line holds a word every contributor line has ("contributed", "reporting"). */
  private static boolean mayNameContributors(String text) {
    return text.contains("contributed")
        || text.contains("eporting")
        || text.contains("eports from")
        || text.contains("nformaci");
  }

  private static void findAll(Pattern pattern, String text, List<String> credits) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      addAll(credits, m.group());
    }
  }

  /** Adds every agency named in {@code match}. */
  private static void addAll(List<String> credits, String match) {
    Matcher m = ANY_AGENCY.matcher(match);
    while (m.find()) {
      add(credits, NewsAgencies.canonical(m.group(1)));
    }
  }

  /** Adds {@code agency} unless it is credited already, under this or its other name. */
  private static void add(List<String> credits, String agency) {
    if (agency != null && credits.stream().noneMatch(c -> NewsAgencies.sameAgency(c, agency))) {
      credits.add(agency);
    }
  }
}
