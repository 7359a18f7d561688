package io.broadsheet.extractor.extract.meta;

import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import io.broadsheet.extractor.extract.PageIndex;
import io.broadsheet.extractor.extract.body.NoiseHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publisher's keywords and tags. Sources, first that yields a topic wins: {@code news_keywords}
 * (the meta tag made for news keywords; measured on the dev pages, it follows the publisher's own
 * keyword list more often than {@code article:tag} does), {@code article:tag} (one tag per meta),
 * JSON-LD {@code keywords} (array or comma-separated string), {@code keywords}, {@code
 * parsely-tags}, then {@code rel=tag} links. Comma-separated values are split; "Key: value" facets
 * and snake_case labels (tracking, not topics) and duplicates (case-insensitive) are dropped, and
 * of a list made mostly of facets only the subject/topic/tag facets count; a source made of
 * upper-case subject codes, or one that opens with the site's own name, is skipped. Then links to
 * tag or topic pages in the article, outside its paragraphs; then a keyword or tag list under a
 * publisher's own meta name ({@code custom-keywords}, {@code sailthru.tags}); last, the section.
 */
public final class TopicsExtractor implements FieldExtractor {

  private static final int MAX_TOPICS = 50;
  private static final int MAX_TOPIC_CHARS = 100;
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;，、]\\s*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern FACET = Pattern.compile("^[^:]{1,30}:\\s*\\S");

  /** A facet that names what the article is about: "Subject: Justice", "Tag: Ferries". */
  private static final Pattern SUBJECT_FACET =
      Pattern.compile(
          "(?i)(?:subjects?|topics?|tags?|keywords?|themes?|categor(?:y|ies))\\s*:\\s*(\\S.*)");

  /** Internal labels, not topics: snake_case ids, or one long run-together lower-case word. */
  private static final Pattern MACHINE_LABEL = Pattern.compile("\\S*_\\S*|[\\p{Ll}]{20,}");

  /**
   * Not a keyword: punctuation alone (a stray quote), a CMS's internal reference, which starts with
   * "@" or "/" ("@hp-top-stories", "/article"), or an address ("www.example.com", "https://...").
   */
  private static final Pattern NOT_A_WORD =
      Pattern.compile("[^\\p{L}\\p{N}]*|[@/].*|(?i:(?:https?://|www\\.)\\S*)");

  /**
   * The entity types an NLP tagger leaves after the names in a keyword list ("Mark Esper
   * GOVERNMENT_FIGURE PERSON", "Andrew Yang NEWSMAKER", a lone "PERSON"): not part of any topic.
   */
  private static final Pattern ENTITY_TYPES =
      Pattern.compile(
          "(?:(?:^|\\s+)(?:PERSON|NEWSMAKER|ORGANI[SZ]ATION|LOCATION|GPE|\\p{Lu}+_[\\p{Lu}_]+))+$");

  /** An upper-case code with no space ("AERO", "GEN08"). */
  private static final Pattern CODE = Pattern.compile("[\\p{Lu}\\d]{2,8}");

  private static final int MAX_TAG_LINKS = 30;

  /** A meta key naming a keyword or tag list in a publisher's own convention. */
  private static final Pattern OTHER_KEYWORD_META =
      Pattern.compile("(?:^|[^a-z])(?:keywords?|tags?)$");

  private static final Set<String> STANDARD_KEYWORD_META =
      Set.of("news_keywords", "article:tag", "keywords", "parsely-tags");

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    // tried in order and only as far as needed: the page-wide selectors are the costly ones
    List<Supplier<List<String>>> candidates =
        List.of(
            () -> sources.meta().all("news_keywords"),
            () -> sources.meta().all("article:tag"),
            () -> JsonLd.texts(sources.jsonLd().article(), "keywords"),
            () -> sources.meta().all("keywords"),
            () -> sources.meta().all("parsely-tags"),
            () -> relTagTexts(doc),
            () -> tagLinks(doc),
            () -> tagListLinks(doc),
            () -> tagStyledLinks(doc),
            // keyword lists under a publisher's own meta name ("custom-keywords",
            // "sailthru.tags"), in page order: only now, as nothing standard names the topics
            () ->
                firstYieldingTopics(
                    sources.meta().allMatching(OTHER_KEYWORD_META, STANDARD_KEYWORD_META)),
            // no keywords at all: the section is the publisher's one label for the article
            () ->
                JsonLd.texts(sources.jsonLd().article(), "articleSection").stream()
                    .limit(1)
                    .toList(),
            () -> sources.meta().all("article:section").stream().limit(1).toList());
    for (Supplier<List<String>> values : candidates) {
      List<String> topics = topics(values.get());
      if (!topics.isEmpty() && !isCodeList(topics) && !isSiteKeywordList(topics, draft)) {
        draft.topics().addAll(topics);
        return;
      }
    }
  }

  /**
   * The first of {@code lists} that holds a topic and is not a list of subject codes, else an empty
   * list: a list the caller would skip gives way to the next.
   */
  private static List<String> firstYieldingTopics(List<List<String>> lists) {
    for (List<String> values : lists) {
      List<String> topics = topics(values);
      if (!topics.isEmpty() && !isCodeList(topics)) {
        return values;
      }
    }
    return List.of();
  }

  /**
   * The topics in {@code values}, split, cleaned and de-duplicated. A list made mostly of "Key:
   * value" facets is tracking metadata ("Day: Friday", "WC: 1000-1999", "Subject: Justice"): only
   * the values of its subject, topic and tag facets are topics, and its bare entries are facet
   * values too ("Medium" beside "Word count: ..."), so they are dropped.
   */
  static List<String> topics(List<String> values) {
    List<String> parts = new ArrayList<>();
    for (String value : values) {
      Pattern separator = isSpaceSeparatedCjk(value) ? WHITESPACE : LIST_SEPARATOR;
      for (String part : separator.split(value)) {
        String text = Clean.text(part);
        if (text != null && text.length() <= MAX_TOPIC_CHARS) {
          parts.add(text);
        }
      }
    }
    long facets = parts.stream().filter(p -> FACET.matcher(p).find()).count();
    boolean facetList = facets * 2 > parts.size();
    List<String> topics = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String part : parts) {
      String topic = part;
      if (facetList) {
        Matcher subject = SUBJECT_FACET.matcher(part);
        if (!subject.matches()) {
          continue;
        }
        topic = subject.group(1);
      } else if (FACET.matcher(part).find()
          || MACHINE_LABEL.matcher(part).matches()
          || NOT_A_WORD.matcher(part).matches()) {
        continue;
      }
      // the tagger's types end in a capital: other topics skip the pattern
      if (Character.isUpperCase(topic.charAt(topic.length() - 1))) {
        topic = ENTITY_TYPES.matcher(topic).replaceFirst("");
        if (topic.isEmpty()) {
          continue;
        }
      }
      String key = topic.toLowerCase(Locale.ROOT);
      if (!seen.contains(key) && topics.size() < MAX_TOPICS) {
        seen.add(key);
        topics.add(topic);
      }
    }
    return topics;
  }

  /**
   * A list that opens with the site's own name ("Example News, news, politics, sport") is the
   * keyword list the site puts on every page for search engines, not this article's topics.
   */
  static boolean isSiteKeywordList(List<String> topics, ArticleDraft draft) {
    String site = draft.siteName() == null ? "" : squeeze(draft.siteName());
    return site.length() >= 3 && squeeze(topics.get(0)).contains(site);
  }

  /** Lower case without spaces, so "Example News" and "examplenews" compare equal. */
  private static String squeeze(String text) {
    return WHITESPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /**
   * Chinese and Japanese write no spaces between words, so a keyword list of Han or kana words with
   * spaces and no comma is separated by those spaces ("深空 探月" is two keywords).
   */
  static boolean isSpaceSeparatedCjk(String value) {
    if (value.indexOf(',') >= 0 || value.indexOf(';') >= 0 || value.indexOf('，') >= 0) {
      return false;
    }
    int cjk = 0;
    int letters = 0;
    for (int i = 0; i < value.length() && i < MAX_TOPIC_CHARS * 5; i++) {
      char c = value.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN
            || script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA) {
          cjk++;
        }
      }
    }
    return letters > 0 && cjk * 2 > letters && WHITESPACE.matcher(value.trim()).find();
  }

  /**
   * A list made mostly of upper-case codes is a publisher's internal classification (subject
   * codes), not the keywords it shows readers; the next source is tried instead.
   */
  static boolean isCodeList(List<String> topics) {
    long codes = topics.stream().filter(t -> CODE.matcher(t).matches()).count();
    return topics.size() >= 4 && codes * 2 > topics.size();
  }

  /**
   * Links in an element whose class names a tag or topic list ({@code tags}, {@code tag-list},
   * {@code topics}, {@code keywords}), outside paragraphs.
   */
  private static List<String> tagListLinks(Document doc) {
    // [class*=tags] a, [class*=tag-list] a, [class*=taglist] a, [class*=topics] a,
    // [class*=keywords] a ("tag-list" and "taglist" contain no "tags")
    Set<Element> lists =
        PageIndex.identitySet(
            PageIndex.of(doc)
                .withClassContaining("tags", "tag-list", "taglist", "topics", "keywords"));
    return lists.isEmpty()
        ? new ArrayList<>()
        : linksOutsideProse(doc, a -> PageIndex.hasAncestorIn(a, lists));
  }

  /** Links styled as tags, when no element is marked as a tag list. */
  private static List<String> tagStyledLinks(Document doc) {
    // a[class~=TAG_CLASS], a:has(> [class~=TAG_CLASS])
    return linksOutsideProse(
        doc,
        a -> {
          if (isTagClassed(a)) {
            return true;
          }
          // by index: children() copies the list, for every link of the page
          for (int i = 0, n = a.childNodeSize(); i < n; i++) {
            if (a.childNode(i) instanceof Element child && isTagClassed(child)) {
              return true;
            }
          }
          return false;
        });
  }

  /** The class word "tag" or "tags" (not "stage" or "vintage"), case as written. */
  private static final Pattern TAG_CLASS = Pattern.compile("(^|[\\s_-])tags?([\\s_-]|$)");

  private static boolean isTagClassed(Element e) {
    String classes = e.attr("class");
    return classes.contains("tag") && TAG_CLASS.matcher(classes).find();
  }

  /** The texts of the {@code a[rel=tag]} links. */
  private static List<String> relTagTexts(Document doc) {
    List<String> texts = new ArrayList<>();
    for (Element a : PageIndex.of(doc).byTag("a")) {
      String text = PageIndex.attrIs(a, "rel", "tag") ? tagText(a.text()) : null;
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }

  /** The short texts of the page's links {@code selected} picks, except those inside paragraphs. */
  private static List<String> linksOutsideProse(Document doc, Predicate<Element> selected) {
    List<String> texts = new ArrayList<>();
    for (Element a : PageIndex.of(doc).byTag("a")) {
      if (!selected.test(a)) {
        continue;
      }
      if (texts.size() >= MAX_TAG_LINKS) {
        break;
      }
      String text = tagText(a.text());
      if (text != null
          && !inProse(a)
          && !isHidden(a)
          && text.split("\\s+").length <= 6
          && !text.contains(",")) {
        texts.add(text);
      }
    }
    return texts;
  }

  /**
   * A link to the list of all topics ("Alle Themen", "All tags", "Tous les sujets"), which closes
   * many tag boxes.
   */
  private static final Pattern ALL_TOPICS_LINK =
      Pattern.compile(
          "(?iu)(?:all|alle|tous\\sles|toutes\\sles|todos\\slos|todas\\slas|tutti\\si|tutte\\sle"
              + "|more|mehr|plus\\sde|m[aá]s|show|see|view)\\s(?:topics|tags|themen|schlagw[öo]rter"
              + "|sujets|th[èe]mes|temas|temi|argomenti|etiquetas|mots-cl[ée]s).*");

  /**
   * A tag link's text as a topic, as the page shows it (a hashtag's "#" included: publishers list
   * their tags so, while a "#" set apart by a space is dropped); null for a blank text, the label
   * of the box ("Themenseiten:", ending in a colon) and a link to all topics.
   */
  static String tagText(String linkText) {
    String text = linkText.strip();
    // "# Jesus": a "#" set apart from the word is the list's decoration, not a hashtag's
    if (text.length() > 2 && text.charAt(0) == '#' && Character.isWhitespace(text.charAt(1))) {
      text = text.substring(1).strip();
    }
    if (text.isEmpty() || text.endsWith(":") || ALL_TOPICS_LINK.matcher(text).matches()) {
      return null;
    }
    return text;
  }

  /** Letters of a paragraph's own words, besides its links, that make it prose. */
  private static final int MIN_PROSE_WORDS = 40;

  /**
   * Whether the link stands in a paragraph that is not a tag list: one with words of its own
   * besides its links, or with one link only. A paragraph that is only a label and links
   * ("Published under: Bailout, Court-Packing") is a tag list set in a {@code <p>}.
   */
  private static boolean inProse(Element a) {
    Element p = a.closest("p");
    if (p == null) {
      return false;
    }
    List<Element> links = p.getElementsByTag("a");
    if (links.size() < 2) {
      return true; // a paragraph that is one link is a "read more" line, not a list
    }
    // letters and digits only: a tag list's separators are no words
    int own = Clean.key(p.text()).length();
    for (Element link : links) {
      own -= Clean.key(link.text()).length();
    }
    return own >= MIN_PROSE_WORDS;
  }

  /** Levels above a tag link looked at for a hidden wrapper: the link, its item, its box. */
  private static final int HIDDEN_WRAPPER_LEVELS = 3;

  /**
   * Whether the link is hidden from the reader ({@code hidden}, {@code display:none}), itself or a
   * close wrapper: a tag list's hidden settings box ("Themen bearbeiten") names no topic.
   */
  private static boolean isHidden(Element a) {
    Element e = a;
    for (int level = 0; level <= HIDDEN_WRAPPER_LEVELS && e != null; level++, e = e.parent()) {
      if (NoiseHints.isHidden(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Links to tag or topic pages inside the article ({@link #TAG_PAGE_PATHS} in the URL path, a
   * tag's name after it): the widespread URL convention for tag pages, used only when no markup
   * names the keywords.
   */
  private static List<String> tagLinks(Document doc) {
    List<String> texts = new ArrayList<>();
    // article a[href*=/tag/], article a[href*=/tags/], article a[href*=/topic/],
    // article a[href*=/topics/]
    for (Element a : PageIndex.of(doc).byTag("a")) {
      if (!a.hasAttr("href") || PageIndex.ancestor(a, "article") == null) {
        continue;
      }
      if (!isTagPageLink(a.attr("href").toLowerCase(Locale.ENGLISH))) {
        continue;
      }
      if (texts.size() >= MAX_TAG_LINKS) {
        break;
      }
      String text = tagText(a.text());
      // a link inside prose happens to point at a topic page; it is no tag list
      if (text != null && !inProse(a) && text.split("\\s+").length <= 6 && !text.contains(",")) {
        texts.add(text);
      }
    }
    return texts;
  }

  /**
   * URL path parts of tag and topic pages, in English and in the languages whose word for "topic"
   * sites use in the path ({@code /thema/} and {@code /themen/}, {@code /tema/} and {@code
   * /temas/}, {@code /theme/}).
   */
  private static final String[] TAG_PAGE_PATHS = {
    "/tag/", "/tags/", "/topic/", "/topics/", "/thema/", "/themen/", "/tema/", "/temas/", "/theme/"
  };

  /**
   * Whether {@code href} leads to one tag's page: a tag path with the tag's name after it ({@code
   * /thema/ukraine-198.html}), not the index of all tags or a settings page ending in the path.
   */
  private static boolean isTagPageLink(String href) {
    for (String path : TAG_PAGE_PATHS) {
      int at = href.indexOf(path);
      if (at >= 0) {
        int slug = at + path.length();
        return slug < href.length() && Character.isLetterOrDigit(href.charAt(slug));
      }
    }
    return false;
  }
}
