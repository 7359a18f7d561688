package io.broadsheet.extractor.extract.body;

import io.broadsheet.events.ArticleExtracted.Kind;
import io.broadsheet.extractor.extract.meta.AuthorNames;
import io.broadsheet.extractor.extract.meta.MonthNames;
import io.broadsheet.extractor.extract.meta.TextDates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Drops the blocks inside the article container that a reader does not read as the article:
 *
 * <ul>
 *   <li>link lists and "read also" lines: blocks with more than {@link #MAX_LINK_DENSITY} of their
 *       text in links, with the short label right before them ("Read more:");
 *   <li>the headline, repeated above the text: the draft's title, and any {@code <h1>} (the page's
 *       headline, reported as the title, even when it is worded differently from it);
 *   <li>the byline, wherever the container repeats it: a short block made of the draft's author
 *       names and byline words ("By Ann Lee and Bo Park", "Ann Lee/Bo Park");
 *   <li>scraps above the first paragraph of prose: bylines, datelines, kickers and "3 min read"
 *       lines are short and come first, whatever the language (headings are kept); so do longer
 *       lines of metadata that give a date and are no sentence ("05/10/2018 - Posted by: Ann Lee -
 *       Category: Health"). The headline, where the container repeats it in a paragraph, is not
 *       that first prose;
 *   <li>short labels the page repeats ("Advertisement", "Read more", share prompts): a block under
 *       {@link #SHORT} weighted characters whose text occurs more than once on the page, when a
 *       copy stands outside the article, or its element is styled (has a class or id), or it is a
 *       single word naming boilerplate ("Advert", "Comments"). Repetition says "template" in every
 *       language without knowing the words; the other conditions keep what an editor repeats on
 *       purpose inside the story, bare in the CMS text (the same subheadings in two parallel plans,
 *       "Photo:" before each picture credit, one question put to several people). An ad slot's
 *       label alone ("Advertisement", "Anzeige", "— Publicidad —") goes even when it stands once;
 *   <li>timestamp lines ("17 Apr 2023 05:31AM (Updated: 17 Apr 2023 05:32AM)", "Published November
 *       20th, 2019 - 07:50 GMT"): short blocks that are mostly digits (a month name counting as
 *       digits), hold a year and a time of day and do not end like a sentence;
 *   <li>a caption that the page set as a paragraph, known by the picture credit it ends with ("The
 *       pier at dawn © Ann Lee");
 *   <li>notices set into the text ({@link ReaderNotices}): about the reader's browser ("This
 *       slideshow requires JavaScript."), affiliate disclosures, sign-up prompts, a paywall's
 *       notice;
 *   <li>a list that ends the container with a link in every item (at least three): other stories
 *       ("More great stories"), the story being over;
 *   <li>leftovers at the end: a heading with nothing after it (it introduced comments or related
 *       links, which were removed), a "12 comments" count, a run of two to five short lines none of
 *       which is a sentence, a list item or a quotation (the labels of boxes below the story, a
 *       date);
 *   <li>a closing contributor line ("(Reporting by Ann Lee; Editing by Bo Park)", "Jo Kim
 *       contributed to this report.", "Mit Agenturmaterial.");
 *   <li>a closing record of the broadcast or edition the story comes from ("SRF 4 News, 15.4.2024,
 *       10:05 Uhr"): a line of metadata with a date and a time of day or a label;
 *   <li>a closing credit line ("Source: Reuters/ec", "(dpa/ec)"): the last paragraph when it is a
 *       short label-and-names or names-and-editor-sign line without sentence punctuation. It is the
 *       agency credit, read as such by the credit extractor, not the story.
 * </ul>
 */
final class BoilerplateFilter {

  static final double MAX_LINK_DENSITY = 0.5;
  static final int SHORT = 80;

  /**
   * Longest timestamp line: a published and an updated time side by side ("PUBLISHED: November 19,
   * 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm") run past {@link #SHORT}.
   */
  static final int MAX_TIMESTAMP = 120;

  /** Digits making up more of a short block's visible characters than this: a timestamp line. */
  static final double MIN_TIMESTAMP_DIGITS = 0.3;

  static final int MAX_CREDIT_LINE = 50;

  /**
   * "Label: Name[/sign]" or "Name/sign[/sign]", optionally in parentheses: words only, joined by
   * one colon and slashes, no sentence end. Linear: no nested quantifiers over the same characters.
   */
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "\\(?(?:[\\p{L}]{2,15}\\s?:\\s?[\\p{L}][\\p{L} .-]{0,30}(?:\\s?/\\s?[\\p{L}.-]{1,20}){0,3}"
              + "|[\\p{L}][\\p{L}.-]{0,20}(?:\\s?/\\s?[\\p{L}.-]{1,20}){1,3})\\)?");

  /** A time of day (05:31, 14h05, 14時05) and a year: what a timestamp has and a price list not. */
  private static final Pattern TIME_OF_DAY =
      Pattern.compile("(?<!\\d)\\d{1,2}(?::|h|時|시)\\s?\\d{2}(?!\\d)");

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

  private BoilerplateFilter() {}

  static List<Block> keep(
      List<Block> candidates, List<Block> page, String title, List<String> authors) {
    Map<String, Integer> seen = shortLineCounts(page);
    Map<String, Integer> inside = shortLineCounts(candidates);
    String titleKey = title == null ? null : key(title);
    List<Block> kept = new ArrayList<>();
    // a body without prose (a brief of short lines) is kept whole, to be judged thin or not later
    boolean proseSeen = candidates.stream().noneMatch(ContainerFinder::isProse);
    Block previous = null;
    for (Block block : candidates) {
      Block before = previous;
      previous = block;
      if (isTimestamp(block)) {
        continue;
      }
      if (!proseSeen
          && block.kind() != Kind.HEADING
          && (block.weight() < ContainerFinder.MIN_PROSE || isMetaLine(block))) {
        continue;
      }
      // lower-cased only where it can matter: a short line, or one no longer than the title (lower
      // casing never shortens a text); the paragraphs of the story are left as they are
      String text = block.text();
      String key =
          text.length() < SHORT || (titleKey != null && text.length() <= titleKey.length())
              ? key(text)
              : null;
      if ((key != null && key.equals(titleKey)) || block.owner().normalName().equals("h1")) {
        continue; // the headline, even in a paragraph, is not the text's first prose
      }
      proseSeen |= ContainerFinder.isProse(block);
      if (block.linkDensity() > MAX_LINK_DENSITY) {
        dropIntroducedLabel(kept, before);
        continue;
      }
      int copies = key == null ? 0 : seen.getOrDefault(key, 0);
      if (block.weight() < SHORT
          && copies > 1
          && (copies > inside.getOrDefault(key, 0)
              || isStyled(block.owner())
              || NoiseHints.isNoiseWord(key.strip()))) {
        continue;
      }
      if (block.weight() < SHORT && isByline(block.text(), authors)) {
        continue;
      }
      if (ReaderNotices.isNotice(block.text()) || isCreditedCaption(block) || isAdLabel(key)) {
        continue;
      }
      kept.add(block);
    }
    // only after the story: a credit alone (a gallery's "Photos: ...") is all the text there is
    if (kept.size() > 1 && isCreditLine(kept.get(kept.size() - 1))) {
      kept.remove(kept.size() - 1);
    }
    dropTrailingLinkList(kept);
    while (kept.size() > 1 && isLeftoverAtTheEnd(kept.get(kept.size() - 1))) {
      kept.remove(kept.size() - 1);
    }
    dropContributorLines(kept);
    if (kept.size() > 1 && isClosingRecord(kept.get(kept.size() - 1))) {
      kept.remove(kept.size() - 1);
    }
    dropTrailingScraps(kept);
    return kept;
  }

  /** Longest label introducing a link: "Read also", "Most read in Football", "Lee también". */
  static final int MAX_LINK_LABEL = 40;

  /**
   * Removes the last kept block when it is the one just before a link line that was dropped ({@code
   * before}) and reads as a label for it: short, no sentence ("Read also", "Lee también", "Related
   * Article"). With the link gone, the label introduces nothing.
   */
  private static void dropIntroducedLabel(List<Block> kept, Block before) {
    if (kept.isEmpty() || kept.get(kept.size() - 1) != before) {
      return;
    }
    String text = before.text().strip();
    if (before.kind() != Kind.LIST_ITEM
        && text.length() <= MAX_LINK_LABEL
        && !text.isEmpty()
        && !closesLikeProse(text)) {
      kept.remove(kept.size() - 1);
    }
  }

  /** Closing blocks looked at for a contributor line: the last, and the one before a sign-off. */
  static final int CONTRIBUTOR_LINES_AT_END = 2;

  /**
   * The line that credits who reported, wrote or edited, or the agencies the story draws on:
   * "(Reporting by Ann Lee; Editing by Bo Park)", "Additional reporting from PA", "Jo Kim
   * contributed to this report.", "With reports from ...", "Mit Agenturmaterial.".
   */
  private static final Pattern CONTRIBUTORS =
      Pattern.compile(
          "(?iu)^\\(?\\s*(?:(?:additional|further|with) )?(?:reporting|writing|editing|compiled)"
              + " (?:by|from)\\b|contributed (?:reporting )?to this (?:report|story|article)"
              + "|^\\(?\\s*with reports? from\\b|^\\(?\\s*mit (?:agenturmaterial|material von)"
              + "|^\\(?\\s*con informaci[oó]n de\\b");

  /**
   * Removes a contributor line among the last blocks ({@link #CONTRIBUTORS}): who worked on the
   * story is a credit, not its text, and the credit extractor reads the agencies from the page.
   */
  private static void dropContributorLines(List<Block> kept) {
    for (int i = kept.size() - 1; i >= 1 && i >= kept.size() - CONTRIBUTOR_LINES_AT_END; i--) {
      Block block = kept.get(i);
      if (block.text().length() <= MAX_NOTICE && CONTRIBUTORS.matcher(block.text()).find()) {
        kept.remove(i);
      }
    }
  }

  /** Fewest short lines at the end read as the leftovers of removed parts. */
  static final int MIN_TRAILING_SCRAPS = 2;

  /** Most short lines at the end read so: a longer run of them is a list the story ends with. */
  static final int MAX_TRAILING_SCRAPS = 5;

  /** Longest scrap: a box's heading, a label, a date. */
  static final int MAX_SCRAP_CHARS = 30;

  /**
   * Removes a run of two to five short lines that ends the container, none of them a sentence, a
   * list item or a quotation: the headings and labels of the boxes below a story whose contents
   * were removed ("Related keywords", "Recommended", "More news", a date; "Share this:",
   * "Related"). One short line alone may be the story's sign-off, and is left to the rules above.
   */
  private static void dropTrailingScraps(List<Block> kept) {
    int start = kept.size();
    while (start > 0 && isScrap(kept.get(start - 1))) {
      start--;
    }
    int run = kept.size() - start;
    if (start > 0 && run >= MIN_TRAILING_SCRAPS && run <= MAX_TRAILING_SCRAPS) {
      kept.subList(start, kept.size()).clear();
    }
  }

  private static boolean isScrap(Block block) {
    String text = block.text().strip();
    if (block.kind() == Kind.LIST_ITEM
        || block.kind() == Kind.QUOTE
        || text.isEmpty()
        || text.length() > MAX_SCRAP_CHARS) {
      return false;
    }
    return !closesLikeProse(text);
  }

  /** Whether the (stripped, non-empty) text ends a sentence, or a quote or aside closing one. */
  private static boolean closesLikeProse(String text) {
    return ".!?。！？…\"”»)）’".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** A list at the end needs this many items, each with a link, to be a list of other stories. */
  static final int MIN_TRAILING_LINK_ITEMS = 3;

  /**
   * Removes a list that ends the container and links from every item ("More great stories": a
   * teaser sentence around a link, item after item): the story is over, and what follows it links
   * away. The heading above it is then a leftover at the end.
   */
  private static void dropTrailingLinkList(List<Block> kept) {
    int start = kept.size();
    while (start > 0
        && kept.get(start - 1).kind() == Kind.LIST_ITEM
        && kept.get(start - 1).linkChars() > 0) {
      start--;
    }
    // the whole list, or none of it: items without a link above make it the story's own list
    boolean wholeList = start > 0 && kept.get(start - 1).kind() != Kind.LIST_ITEM;
    if (wholeList && kept.size() - start >= MIN_TRAILING_LINK_ITEMS) {
      kept.subList(start, kept.size()).clear();
    }
  }

  /** How often each short line (lower-cased) occurs among {@code blocks}. */
  private static Map<String, Integer> shortLineCounts(List<Block> blocks) {
    Map<String, Integer> counts = new HashMap<>();
    for (Block block : blocks) {
      if (block.text().length() < SHORT) {
        counts.merge(key(block.text()), 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * Whether a short block is the byline the authors were read from: every name the metadata
   * readers' byline parser ({@link AuthorNames}) finds in it is one of the authors.
   */
  static boolean isByline(String text, List<String> authors) {
    return authors != null && !authors.isEmpty() && AuthorNames.namesOnly(text, authors);
  }

  /**
   * Whether the element carries a class or id: a label the template styles ("ad-label", "toggle"),
   * where the paragraphs and subheadings an editor writes in the CMS come bare.
   */
  private static boolean isStyled(Element e) {
    return !e.className().isBlank() || !e.id().isBlank();
  }

  private static final Pattern LEADING_COUNT = Pattern.compile("^\\d+\\s*");

  /**
   * What the end of a container keeps of a part that was removed: a heading with nothing after it
   * ("Tell us what you think", over a comment widget), or a label naming boilerplate, with or
   * without a count ("12 comments").
   */
  static boolean isLeftoverAtTheEnd(Block block) {
    if (block.kind() == Kind.HEADING) {
      return true;
    }
    return block.weight() < SHORT
        && NoiseHints.isNoiseWord(
            LEADING_COUNT.matcher(key(block.text().strip())).replaceFirst(""));
  }

  /** Longest block read as a notice or a contributor line: a sentence or two. */
  static final int MAX_NOTICE = ReaderNotices.MAX_CHARS;

  /**
   * A short line giving a date and a time of day and little else: "17 Apr 2023 05:31AM (Updated: 17
   * Apr 2023 05:32AM)", "Published November 20th, 2019 - 07:50 GMT". Digits (with the letters of
   * month names, which stand for digits) make up much of it, and it does not end like a sentence:
   * "The ferry left on 3 May 2024 at 19:30." is prose.
   */
  static boolean isTimestamp(Block block) {
    if (block.kind() != Kind.PARAGRAPH || block.weight() > MAX_TIMESTAMP) {
      return false;
    }
    String text = block.text();
    int digits = 0;
    int visible = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        visible++;
        if (Character.isDigit(c)) {
          digits++;
        }
      }
    }
    // a date and a time of day take at least six digits; month names are looked up only when the
    // digits alone fall short
    return digits >= 6
        && !endsLikeASentence(text)
        && (digits >= MIN_TIMESTAMP_DIGITS * visible
            || digits + monthLetters(text) >= MIN_TIMESTAMP_DIGITS * visible)
        && TIME_OF_DAY.matcher(text).find()
        && YEAR.matcher(text).find();
  }

  /** How many letters of {@code text} belong to words naming a month. */
  private static int monthLetters(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (MonthNames.month(text.substring(start, i)) > 0) {
        letters += i - start;
      }
    }
    return letters;
  }

  /** Longest caption set as a paragraph: two or three sentences. */
  static final int MAX_CAPTION = 300;

  private static final Pattern COPYRIGHT_WORD = Pattern.compile("(?iU)\\bcopyright\\b");

  /** Longest picture credit after the copyright sign. */
  private static final int MAX_PICTURE_CREDIT = 60;

  /**
   * A caption with its picture credit at the end ("The pier at dawn © Ann Lee", "Installation
   * views, photos © Example Studio, 2018"): words, then the copyright sign and a name, with no
   * sentence after it. A line that is only a copyright notice ("Copyright © 2024 Example News", "©
   * Reuters") is not a caption and is left to the other rules.
   */
  static boolean isCreditedCaption(Block block) {
    String text = block.text().strip();
    int sign = text.indexOf('©');
    if (text.length() > MAX_CAPTION || sign < 0 || sign != text.lastIndexOf('©')) {
      return false;
    }
    String caption = text.substring(0, sign);
    String credit = text.substring(sign + 1).strip();
    return caption.codePoints().anyMatch(Character::isLetter)
        && !COPYRIGHT_WORD.matcher(caption).find()
        && credit.length() >= 2
        && credit.length() <= MAX_PICTURE_CREDIT
        && credit.chars().noneMatch(c -> c == '.' || c == '!' || c == '?');
  }

  /** Longest line of metadata above the text: a date with the byline, section and tags. */
  static final int MAX_META_LINE = 2 * SHORT;

  /**
   * A line of metadata above the text, too long for a scrap: it gives a date, and it is no sentence
   * ("05/10/2018 - Posted by: Ann Lee - Category: Health - Tags: ..."). A standfirst that mentions
   * a date ends like the sentence it is.
   */
  static boolean isMetaLine(Block block) {
    String text = block.text();
    return block.weight() <= MAX_META_LINE && !endsLikeASentence(text) && TextDates.holdsDate(text);
  }

  /**
   * The label an ad slot shows above the ad, in the languages of the pages we see most. No editor
   * writes a paragraph of this one word, so it goes even when the page shows it once.
   */
  private static final Set<String> AD_LABELS =
      Set.of(
          "advertisement",
          "advert",
          "anzeige",
          "werbung",
          "publicidad",
          "publicité",
          "pubblicità",
          "publicidade",
          "reklame",
          "reklama",
          "annonse",
          "annons",
          "advertentie",
          "реклама",
          "広告",
          "광고");

  /** Whether the (lower-cased) line is an ad slot's label alone, between dashes or brackets. */
  static boolean isAdLabel(String key) {
    if (key == null || key.length() > 20) {
      return false;
    }
    int start = 0;
    int end = key.length();
    while (start < end && !Character.isLetter(key.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetter(key.charAt(end - 1))) {
      end--;
    }
    return AD_LABELS.contains(key.substring(start, end));
  }

  /** A label before a value: "Sendung:", "Redaktion:", "In:". */
  private static final Pattern LABEL = Pattern.compile("\\p{L}{2,20}\\s?:");

  /**
   * The record of where the story was broadcast or published, closing it: a line of metadata with a
   * date ({@link #isMetaLine}) that also gives a time of day or a label ("SRF 4 News, 15.4.2024,
   * 10:05 Uhr", "Redaktion: Ann Lee Sendung: Radio 1, 25.04.2024"). A date alone may be the story's
   * own last line, such as the dates of the event it is about.
   */
  static boolean isClosingRecord(Block block) {
    return block.kind() == Kind.PARAGRAPH
        && isMetaLine(block)
        && (TIME_OF_DAY.matcher(block.text()).find() || LABEL.matcher(block.text()).find());
  }

  private static boolean endsLikeASentence(String text) {
    String end = text.strip();
    return end.endsWith(".") || end.endsWith("!") || end.endsWith("?");
  }

  static boolean isCreditLine(Block block) {
    String text = block.text().strip();
    return block.kind() == Kind.PARAGRAPH
        && text.length() <= MAX_CREDIT_LINE
        && !text.endsWith(".")
        && CREDIT_LINE.matcher(text).matches();
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
