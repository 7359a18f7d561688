package io.broadsheet.extractor.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a byline into clean names: "By Ann Lee and Bo Park, Staff Writers" gives ["Ann Lee", "Bo
 * Park"]. Removes the byline word in several languages ("By", "Von", "Par", "Por", "Di", "Av",
 * "Door", "Af", "Od", "Текст:"), splits on commas, "&", "/" and the word "and" in those languages,
 * and drops parts that are not names: e-mail addresses, URLs, dates or digits, handles, and role
 * phrases (a part with no capitalised word, or one longer than a name); beside a name, a part that
 * is a job title ("AP Auto Writer") or credentials ("MS", "RDN") is dropped too, and so is an
 * account login ("admin"), which names nobody.
 */
public final class AuthorNames {

  private static final int MAX_WORDS = 6;
  private static final int MAX_NAMES = 20;

  private static final Pattern LEADING_WORD =
      Pattern.compile(
          "^(?:(?:written|reported|text|photos?|fotos?|interview)\\s+)?"
              + "(?:by|von|par|por|di|av|door|af|od|de|from|autor(?:in)?|author|text|texto|"
              + "reporter|tekst|текст|автор|írta|yazan|autorius|kirjoittanut|napisał[a]?)"
              + "\\b\\s*:?\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Between two names: punctuation, or "and" in the byline languages read here. Indonesian "dan"
   * and Czech "a" are left out: Dan is a first name, and "a" stands inside Romance names.
   */
  private static final Pattern SEPARATOR =
      Pattern.compile(
          "\\s*(?:,|;|&|/|\\||\\s(?:and|und|et|y|e|og|och|en|ve|и|i|і|oraz|és|și|ja)\\s)\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * What a byline adds in parentheses after a name: an editor's sign ("Ann Lee (al)"), a role
   * ("Martí Abad (Enviado especial)"), an agency or a place ("Bo Park (dpa)", "(Berlin)").
   */
  private static final Pattern AFTER_NAME = Pattern.compile("(?<=\\S)\\s*\\([^()]{1,40}\\)$");

  private static final Pattern NOT_A_NAME =
      Pattern.compile("@|https?:|www\\.|\\d|\\.(?:com|org|net)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * A job title written as a part of its own beside the names ("AP Auto Writer", "Senior
   * Correspondent"): its last word names a newsroom role.
   */
  private static final Pattern ROLE_TITLE =
      Pattern.compile(
          "(?iu).*\\b(?:writer|correspondent|reporter|editor|columnist|contributor|producer"
              + "|photographer|critic|journalist(?:in|e)?|redakteur(?:in)?|korrespondent(?:in)?"
              + "|r[ée]dact(?:eur|rice)|corresponsal|redactora?|periodista|giornalista)s?");

  /** Letters after a name, written as a part of their own ("Ann Lee, MS, RDN"). */
  private static final Pattern CREDENTIAL =
      Pattern.compile("(?:MS|MA|MD|Ph\\.?D\\.?|RD|RDN|RN|MBA|MPH|BSc|MSc|DVM|JD|CPA|CFP|LCSW)");

  /**
   * The labels of an author box's links, which name nobody: social networks and mail ("Follow",
   * "Twitter", "Email"), and the link to the author's other stories ("View all posts by Ann Lee",
   * "Ver más artículos", "Alle Artikel", "More from Ann Lee").
   */
  private static final Pattern LINK_LABEL =
      Pattern.compile(
          "(?iu)(?:follow(?:\\s(?:us|me|on))?|twitter|x|instagram|facebook|linkedin|e-?mail|mail"
              + "|rss|bluesky|threads|youtube|tiktok|whatsapp|telegram|mastodon|contact|profile"
              + "|(?:view|see|show|read)\\s(?:all|more)\\b.*|more\\s(?:from|by|articles|stories)\\b.*"
              + "|(?:all\\s)?(?:posts|articles|stories)\\sby\\b.*|ver\\sm[aá]s\\b.*"
              + "|alle\\s(?:artikel|beitr[äa]ge)\\b.*|mehr\\svon\\b.*|tous\\sles\\sarticles\\b.*"
              + "|plus\\sd'articles\\b.*)");

  /**
   * A picture's credit ("Foto: Bild från polisen", "Image: Getty Images"), which a caption's
   * author-classed element holds: it names the photographer of a picture, not the story's author.
   */
  private static final Pattern PICTURE_CREDIT =
      Pattern.compile(
          "(?iu)[(\\[]?\\s*(?:photo|foto|image|picture|pic|bild|billede|kuva|zdj[eę]cie|credit|source"
              + "|quelle|fuente|fonte|illustration)s?\\s?:.*");

  /** A reporter's title after the name in Korean and Japanese bylines ("홍길동 기자"). */
  private static final Pattern EAST_ASIAN_TITLE =
      Pattern.compile("\\s*(?:기자|특파원|선임기자|記者|特派員|編集委員)$");

  /** The login of a CMS account, which names nobody: "admin", a guest account ("Гость"). */
  private static final Pattern ACCOUNT_LOGIN =
      Pattern.compile("(?iu)admin|administrator|webmaster|wpadmin|guest|gast|гость");

  private AuthorNames() {}

  /** The names in a byline written on the page, cleaned, in order; empty when none. */
  public static List<String> split(String byline) {
    return split(byline, true);
  }

  /**
   * The names in {@code byline}; {@code checkCase} false for structured sources (JSON-LD, meta)
   * whose value is a name by contract, where a lower-case agency such as "dpa" is kept.
   */
  static List<String> split(String byline, boolean checkCase) {
    List<String> names = new ArrayList<>();
    String text = Clean.text(byline);
    if (text == null) {
      return names;
    }
    for (String part : SEPARATOR.split(text)) {
      String name = clean(part, checkCase);
      if (name != null && !names.contains(name) && names.size() < MAX_NAMES) {
        names.add(name);
      }
    }
    // a title or credentials beside a name belong to that name; alone, they are the byline there is
    List<String> people = names.stream().filter(n -> !isTitleOrCredential(n)).toList();
    return people.isEmpty() ? names : new ArrayList<>(people);
  }

  /**
   * One person written surname first, as Dublin Core and citation tags write names: "Lee, Ann"
   * gives "Ann Lee", "Park Jr., Bo S." gives "Bo S. Park Jr.". Null when {@code value} is not one
   * name so written: no comma or several, a surname of more than one word, given names that are not
   * up to three capitalised words, or an agency on either side ("Reuters, AFP" is two authors).
   */
  static String unInverted(String value) {
    String text = Clean.text(value);
    if (text == null) {
      return null;
    }
    int comma = text.indexOf(',');
    if (comma < 0 || text.indexOf(',', comma + 1) >= 0) {
      return null;
    }
    String surname = text.substring(0, comma).strip();
    String given = text.substring(comma + 1).strip();
    if (!SURNAME.matcher(surname).matches()
        || !GIVEN_NAMES.matcher(given).matches()
        || NewsAgencies.canonical(surname) != null
        || NewsAgencies.canonical(given) != null) {
      return null;
    }
    return given + " " + surname;
  }

  /** A capitalised word, initials and apostrophes allowed. */
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";

  /**
   * The surname side: one word, and a generational suffix ("Park Jr."); with two words or more it
   * is a name of its own ("Ann Lee, Bo Park" is two people).
   */
  private static final Pattern SURNAME =
      Pattern.compile(NAME_WORD + "(?:\\s(?:Jr\\.?|Sr\\.?|II|III|IV))?");

  /** The given names: up to three capitalised words; a lower-case "and" or a "&" does not match. */
  private static final Pattern GIVEN_NAMES =
      Pattern.compile(NAME_WORD + "(?:\\s" + NAME_WORD + "){0,2}");

  /** Whether {@code byline} names someone and every name in it is one of {@code authors}. */
  public static boolean namesOnly(String byline, List<String> authors) {
    String text = Clean.text(byline);
    // Each name split from a byline is a stretch of its cleaned text: when no author's name is
    // there, no split can find only authors. Checked first because the split runs a dozen patterns
    // on every part, and the body asks this of every short block of a page.
    if (text == null || authors.stream().noneMatch(a -> containsIgnoreCase(text, a))) {
      return false;
    }
    List<String> names = split(byline);
    return !names.isEmpty()
        && names.stream().allMatch(n -> authors.stream().anyMatch(a -> a.equalsIgnoreCase(n)));
  }

  /** As {@link String#equalsIgnoreCase} compares, at any place in {@code text}. */
  private static boolean containsIgnoreCase(String text, String part) {
    for (int i = 0; i + part.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code names} without the job titles and credentials among them ("Freelance sports writer" read
   * from an element of its own beside the name's), unless there is nothing else.
   */
  public static List<String> withoutTitles(List<String> names) {
    List<String> people = names.stream().filter(n -> !isTitleOrCredential(n)).toList();
    return people.isEmpty() || people.size() == names.size() ? names : new ArrayList<>(people);
  }

  private static boolean isTitleOrCredential(String part) {
    return CREDENTIAL.matcher(part).matches() || ROLE_TITLE.matcher(part).matches();
  }

  /** One part of a byline as a name, or null when it is not one. */
  static String clean(String part, boolean checkCase) {
    String name = Clean.text(part);
    if (name == null) {
      return null;
    }
    if (PICTURE_CREDIT.matcher(name).matches()) {
      return null;
    }
    name = LEADING_WORD.matcher(name).replaceFirst("");
    // a sign, role, agency or place in parentheses after the name is no part of it
    name = AFTER_NAME.matcher(name).replaceFirst("");
    name = EAST_ASIAN_TITLE.matcher(name).replaceFirst("");
    // a registered mark after credentials ("CFP®") is no part of a name
    name = name.replace("®", "").replace("™", "");
    name = name.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.)]]+$", "").trim();
    if (name.isEmpty()
        || NOT_A_NAME.matcher(name).find()
        || ACCOUNT_LOGIN.matcher(name).matches()
        || LINK_LABEL.matcher(name).matches()) {
      return null;
    }
    String[] words = name.split("\\s+");
    if (words.length > MAX_WORDS) {
      return null;
    }
    if (checkCase && !hasCapitalisedWord(words)) {
      return null;
    }
    return name;
  }

  /**
   * Names start with a capital letter; roles ("staff writer") do not. Scripts without case (CJK,
   * Arabic...) always pass.
   */
  private static boolean hasCapitalisedWord(String[] words) {
    boolean cased = false;
    for (String word : words) {
      int first = word.codePointAt(0);
      if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
        return true;
      }
      if (Character.isLowerCase(first)) {
        cased = true;
      }
    }
    return !cased;
  }

  /** Lower-cased for comparisons. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
