package io.broadsheet.extractor.extract.meta;

import io.broadsheet.extractor.extract.PageIndex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A publication date written for readers, found in the page's date-like elements ({@code <time>},
 * elements whose class or id mentions a date, time or publication, or a byline): "17 Apr 2023
 * 05:31AM", "3. Mai 2024, 14:05 Uhr", "May 3, 2024 at 2:05 pm", "03.05.2024 14:05", "2024-05-03
 * 14:05", "2024年5月3日 14時05分", "2024. március 12.", "05.08.24 kl. 14:47"; else on a line a
 * publication label announces, or in the article's header below the headline. Such dates carry an
 * offset only when a zone is written after the time ("2:20pm EDT", {@link WrittenZones}). Work is
 * bounded: a fixed number of elements and characters are scanned, and every pattern is linear.
 */
public final class TextDates {

  private static final int MAX_ELEMENTS = 60;
  private static final int MAX_CHARS = 300;

  private static final String TIME =
      "(?:[,\\s]{0,3}(?:um|at|à|a las|alle|kl\\.?|klo|o|в|godz\\.?|-|–|\\|)?\\s{0,3}"
          + "(\\d{1,2})[:.h](\\d{2})(?::\\d{2})?\\s{0,2}([ap]\\.?m\\.?)?)?";

  /** 3 May 2024 / 3. Mai 2024 / 3 de mayo de 2024, time optional. */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(\\d{1,2})\\.?\\s{0,2}(?:de\\s)?(\\p{L}{3,12})\\.?,?\\s{0,2}(?:de\\s)?(\\d{4})" + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** May 3, 2024 / May 3rd 2024, time optional. */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(\\p{L}{3,12})\\.?\\s{1,2}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,2}(\\d{4})" + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** 2024. május 3. (Hungarian) / 2024 m. gegužės 3 d. (Lithuanian), time optional. */
  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile(
          "(?<!\\d)(\\d{4})\\.?\\s{1,2}(?:m\\.\\s{1,2})?(\\p{L}{3,12})\\s{1,2}(\\d{1,2})(?!\\d)\\.?"
              + "(?:\\s?d\\.)?"
              + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * 03.05.2024 / 03. 05. 2024 / 03/05/2024 / 2024-05-03 / 2024/05/03 / 2024. 5. 3., time optional.
   */
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<!\\d)(?:(\\d{4})[-/.]\\s?(\\d{1,2})[-/.]\\s?(\\d{1,2})\\.?"
              + "|(\\d{1,2})[./]\\s?(\\d{1,2})[./]\\s?(\\d{4}))(?!\\d)"
              + TIME,
          Pattern.CASE_INSENSITIVE);

  /**
   * 05.08.24 kl. 14:47: day, month and a two-digit year, dotted as Central and Northern Europe
   * write them, read only with the time of day that follows (which tells a date from a version or a
   * score). Years 70-99 are the 1900s.
   */
  private static final Pattern SHORT_YEAR =
      Pattern.compile(
          "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])"
              + "[,\\s]{0,3}(?:um|kl\\.?|klo|o|godz\\.?|-|–|\\|)?\\s{0,3}(\\d{1,2})[:.h](\\d{2})(?!\\d)");

  /** 2024年5月3日 14時05分 / 2024년 5월 3일 14:05. */
  private static final Pattern CJK =
      Pattern.compile(
          "(\\d{4})\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일]"
              + "(?:[^\\d]{0,6}(\\d{1,2})[:時시]\\s?(\\d{2}))?");

  private static final String[] DATE_CLASS_PARTS = {"date", "time", "publish", "byline", "meta"};

  private TextDates() {}

  /** The first readable date in the page's date-like elements, or null. */
  static Stamp find(Document doc) {
    return find(dateTexts(doc));
  }

  /** The first readable date in {@code texts} (the {@link #dateTexts}), or null. */
  static Stamp find(List<String> texts) {
    for (String text : texts) {
      Stamp stamp = parse(text);
      if (stamp != null) {
        return stamp;
      }
    }
    return null;
  }

  /**
   * The texts of the page's first date-like elements: {@code time, [class*=date], [id*=date],
   * [class*=time], [class*=publish], [class*=byline], [class*=meta]} ({@code dateline} contains
   * {@code date}), in document order, read from the shared {@link PageIndex}.
   */
  static List<String> dateTexts(Document doc) {
    List<String> texts = new ArrayList<>();
    int seen = 0;
    PageIndex index = PageIndex.of(doc);
    List<Element> elements = index.elements();
    for (int i = 0; i < elements.size(); i++) {
      Element el = elements.get(i);
      if (!el.normalName().equals("time")
          && !index.classContains(i, DATE_CLASS_PARTS)
          && !PageIndex.attrContains(el, "id", "date")) {
        continue;
      }
      if (++seen > MAX_ELEMENTS) {
        break;
      }
      String text = el.text();
      if (!text.isBlank() && text.length() <= MAX_CHARS) {
        texts.add(text);
      }
    }
    return texts;
  }

  /**
   * A publication label, in the languages of the date patterns: "Published", "Posted", "publiziert
   * am", "Veröffentlicht", "publié le", "Publicado por", "pubblicato il", "gepubliceerd",
   * "opublikowano", "publicerad", "julkaistu", "опубликовано".
   */
  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile(
          "(?<!\\p{L})(?:published|posted|publiziert|ver[öo]ffentlicht|erschienen|publi[ée]e?"
              + "|publicad[oa]|pubblicat[oa]|gepubliceerd|geplaatst|opublikowano|publicerad"
              + "|publiceret|publisert|julkaistu|publicat|objavljeno|zveřejněno|megjelent"
              + "|опубликовано)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Label-bearing texts looked at, and the longest element text that still reads as a line. */
  private static final int MAX_LABELLED = 40;

  private static final int MAX_LABELLED_LINE = 200;

  /**
   * A date on a line that a publication label announces, wherever the line's element sits:
   * "publiziert am 30. Juli 2018" in a plain span, "05/10/2018 - Publicado por: Ann Lee" in a
   * {@code <small>}. The last resort for pages whose date elements carry no date-like class and
   * whose metadata gives no date; the line is the label's element, else, when that is an inline
   * element, its parent (a label and a date set in sibling spans). Null when no such line holds a
   * whole date.
   */
  static Stamp findLabelled(Document doc) {
    int seen = 0;
    for (Element el : PageIndex.of(doc).elements()) {
      for (int i = 0; i < el.childNodeSize(); i++) {
        if (!(el.childNode(i) instanceof TextNode node)) {
          continue;
        }
        // a label line is short: prose that mentions publishing is no label, and is skipped
        // without the pattern, as is every text without a label's fixed part
        String own = node.getWholeText();
        if (own.length() > MAX_LABELLED_LINE
            || !mayHoldLabel(own)
            || !PUBLISHED_LABEL.matcher(own).find()) {
          continue;
        }
        if (++seen > MAX_LABELLED) {
          return null;
        }
        Stamp stamp = dateOnLine(el);
        // an inline label ("<span>Published</span> <span>May 3, 2024</span>") shares its line
        // with its siblings; a paragraph or box is a line of its own
        if (stamp == null
            && !el.isBlock()
            && el.parent() != null
            && el.text().length() <= MAX_LABELLED_LINE) {
          stamp = dateOnLine(el.parent());
        }
        if (stamp != null) {
          return stamp;
        }
        break;
      }
    }
    return null;
  }

  /**
   * A date written in the article's header, below its headline (and a standfirst, if any) and above
   * the story's first paragraph, where pages show the publication date whatever its markup ("Ben
   * Wilson · April 28, 2023", "2025年1月13日 20時01分", "Stand: 28.04.2023 16:11 Uhr"): the first {@link
   * ArticleHeader} line that holds one. The last resort, for pages whose metadata and date-like
   * elements give no date; null when the header shows none.
   */
  static Stamp findAfterHeadline(Document doc, String title) {
    return ArticleHeader.first(
        doc,
        title,
        el -> {
          String text = ArticleHeader.line(el);
          return text == null ? null : parse(text);
        });
  }

  /** A middle part of every {@link #PUBLISHED_LABEL} word, as written in lower and upper case. */
  private static final String[] LABEL_PARTS = {
    "ubli",
    "UBLI",
    "osted",
    "OSTED",
    "ffentlicht",
    "FFENTLICHT",
    "rschienen",
    "RSCHIENEN",
    "eplaatst",
    "EPLAATST",
    "ulkaistu",
    "ULKAISTU",
    "bjavljeno",
    "BJAVLJENO",
    "veřejněno",
    "VEŘEJNĚNO",
    "egjelent",
    "EGJELENT",
    "публиковано",
    "ПУБЛИКОВАНО"
  };

  private static boolean mayHoldLabel(String text) {
    for (String part : LABEL_PARTS) {
      if (text.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** The date written in {@code line}'s text, or null when there is none or it is no line. */
  private static Stamp dateOnLine(Element line) {
    String text = line.text();
    return text.length() > MAX_LABELLED_LINE ? null : parse(text);
  }

  /**
   * A later time written in the same date element as the first, as in "17 Apr 2023 05:31AM
   * (Updated: 17 Apr 2023 05:32AM)": the update time, whatever the word announcing it. Null when
   * the first date-bearing element holds one date, or the second is not later.
   */
  static Stamp findUpdate(Document doc) {
    return findUpdate(dateTexts(doc));
  }

  /**
   * The update time among {@code texts} (the {@link #dateTexts}), as {@link #findUpdate(Document)}.
   */
  static Stamp findUpdate(List<String> texts) {
    for (String text : texts) {
      Found first = parseFound(text);
      if (first == null) {
        continue;
      }
      Found second = parseFound(text.substring(first.end()));
      if (second != null
          && first.stamp().hasTime()
          && second.stamp().hasTime()
          && second.stamp().local().isAfter(first.stamp().local())) {
        return second.stamp();
      }
      return null;
    }
    return null;
  }

  /** A date found in a text, and where its match ends. */
  private record Found(Stamp stamp, int end) {}

  /**
   * Whether {@code text} gives a whole date (day, month and year) in one of the forms read here.
   */
  public static boolean holdsDate(String text) {
    return parseFound(text) != null;
  }

  /** The first date written in {@code text}, or null. */
  static Stamp parse(String raw) {
    Found found = parseFound(raw);
    return found == null ? null : found.stamp();
  }

  private static Found parseFound(String raw) {
    String text = raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
    Found found = parseWallClock(text);
    if (found == null || !found.stamp().hasTime()) {
      return found;
    }
    // "2:20pm EDT": the zone written after the time is the offset the page states
    WrittenZones.Written zone = WrittenZones.after(text, found.end(), found.stamp().local());
    return zone == null
        ? found
        : new Found(found.stamp().withDefaultOffset(zone.offset()), zone.end());
  }

  /** The first date in {@code text} as written, without any zone that follows it. */
  private static Found parseWallClock(String text) {
    Matcher m = CJK.matcher(text);
    if (m.find()) {
      Stamp s = stamp(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), null);
      if (s != null) {
        return new Found(s, m.end());
      }
    }
    // the groups of day, month name and year in each pattern; the time's three groups follow
    Found named = withMonthName(DAY_MONTH_YEAR, text, 1, 2, 3);
    if (named == null) {
      named = withMonthName(MONTH_DAY_YEAR, text, 2, 1, 3);
    }
    if (named == null) {
      named = withMonthName(YEAR_MONTH_DAY, text, 3, 2, 1);
    }
    if (named != null) {
      return named;
    }
    m = NUMERIC.matcher(text);
    while (m.find()) {
      Stamp s =
          m.group(1) != null
              ? stamp(m.group(1), m.group(2), m.group(3), m.group(7), m.group(8), m.group(9))
              : stamp(m.group(6), m.group(5), m.group(4), m.group(7), m.group(8), m.group(9));
      if (s != null) {
        return new Found(s, m.end());
      }
    }
    m = SHORT_YEAR.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(3));
      String fullYear = "" + (year < 70 ? 2000 + year : 1900 + year);
      Stamp s = stamp(fullYear, m.group(2), m.group(1), m.group(4), m.group(5), null);
      if (s != null) {
        return new Found(s, m.end());
      }
    }
    return null;
  }

  /**
   * The first match of {@code pattern} in {@code text} whose month name is one, read with the day,
   * month and year in the groups given and the time of day in the three groups after the last of
   * them (hour, minute, am/pm); null when none.
   */
  private static Found withMonthName(Pattern pattern, String text, int day, int month, int year) {
    Matcher m = pattern.matcher(text);
    int time = Math.max(day, Math.max(month, year)) + 1;
    while (m.find()) {
      int number = MonthNames.month(m.group(month));
      if (number > 0) {
        Stamp s =
            stamp(
                m.group(year),
                "" + number,
                m.group(day),
                m.group(time),
                m.group(time + 1),
                m.group(time + 2));
        if (s != null) {
          return new Found(s, m.end());
        }
      }
    }
    return null;
  }

  /**
   * The stamp of a written date, its time optional (null hour); null for no such day or a year
   * outside the news web's.
   */
  static Stamp stamp(
      String year, String month, String day, String hour, String minute, String ampm) {
    try {
      LocalDate date =
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      if (date.getYear() < DateParser.MIN_YEAR || date.getYear() > 2100) {
        return null;
      }
      if (hour == null) {
        return Stamp.ofDate(date);
      }
      int h = Integer.parseInt(hour);
      if (ampm != null) {
        boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
        if (h == 12) {
          h = pm ? 12 : 0;
        } else if (pm) {
          h += 12;
        }
      }
      LocalDateTime local = date.atTime(h, Integer.parseInt(minute));
      return new Stamp(local, null, true);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
