package io.broadsheet.extractor.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import io.broadsheet.extractor.extract.PageIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The byline's names. Sources, first that yields a name wins: the JSON-LD article's {@code author}
 * (strings, Person or Organization objects, arrays; persons preferred over organisations), the meta
 * tags ({@code author}, {@code article:author} when not a URL, {@code parsely-author}, {@code
 * sailthru.author}, {@code dc.creator}), then the page: {@code rel=author} links, {@code
 * itemprop=author} elements, elements whose class names a byline or author, links to author pages,
 * and last a byline written without such markup (a labelled line "Von: Ann Lee", the first line
 * opening with "Written by", a bold line of names opening the text, a line under the headline
 * opening with a byline word, links under the headline to the named people's own pages, the Chinese
 * responsible-editor line). The page is read when the metadata names nobody, only the site, or only
 * the CMS's administrator account (its author page is {@code /author/admin/}). Every value goes
 * through {@link AuthorNames} (byline words, separators, roles, e-mails and URLs removed).
 */
public final class AuthorsExtractor implements FieldExtractor {

  private static final int MAX_ELEMENTS = 20;
  private static final int MAX_LABELLED_PAIRS = 4;

  /** The "written by" label, in the languages the SEO plugins are commonly translated to. */
  private static final Pattern WRITTEN_BY =
      Pattern.compile(
          "written by|verfasst von|geschrieben von|[ée]crit par|escrito por|scritto da|"
              + "geschreven door|skrevet af|skrivet av|napisane przez|autor",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Links to an author's page, by the common URL convention ({@code a[href*=/author/]} and the
   * like); a byline that is only a link. More distinct names than a byline holds means a list of
   * teasers, not the byline.
   */
  private static final String[] AUTHOR_PAGE_PATHS = {
    "/author/", "/authors/", "/autor/", "/autoren/", "/auteur/", "/auteurs/", "/autore/"
  };

  private static boolean isAuthorPageLink(Element a) {
    if (!a.hasAttr("href")) {
      return false;
    }
    String href = a.attr("href").toLowerCase(Locale.ENGLISH);
    for (String path : AUTHOR_PAGE_PATHS) {
      if (href.contains(path)) {
        return true;
      }
    }
    return false;
  }

  private static final int MAX_BYLINE_NAMES = 4;

  /**
   * Paths of the author page of a CMS's administrator account ({@code /author/admin/}): whoever
   * posts under it, the name shown is the account's ("Example D"), not the reporter's.
   */
  private static final String[] ADMIN_ACCOUNT_PAGES = {
    "/author/admin", "/authors/admin", "/autor/admin", "/author/administrator"
  };

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    SiteNames siteNames = sources.siteNames(ctx.finalUrl());
    List<String> names = fromJsonLd(sources.jsonLd(), sources.jsonLd().article());
    if (names.isEmpty()) {
      names = fromMeta(sources.meta(), siteNames);
    }
    // a byline that only names the site itself, or the CMS's admin account, is a placeholder: the
    // page's byline may do better
    Predicate<String> placeholder = placeholders(doc, sources, siteNames, names);
    if (names.isEmpty() || names.stream().allMatch(placeholder)) {
      List<String> onPage = fromPage(doc, draft.title(), placeholder);
      if (!onPage.isEmpty()) {
        names = withoutAffiliatedAgency(onPage);
      }
    }
    // the site's name listed beside people is the publisher, not an author
    if (names.stream().anyMatch(n -> !siteNames.isSiteName(n))) {
      names = names.stream().filter(n -> !siteNames.isSiteName(n)).toList();
    }
    draft.authors().addAll(withoutInitialsOfOthers(names));
  }

  /**
   * {@code names} without a reporter's sign that is the initials of a name beside it ("PA" beside
   * "Povilas Aleksandravičius"): the same person, signed twice. An agency's letters ("AP" beside
   * "Ann Park") are the agency's.
   */
  static List<String> withoutInitialsOfOthers(List<String> names) {
    if (names.size() < 2) {
      return names;
    }
    Set<String> initials = new HashSet<>();
    for (String name : names) {
      StringBuilder letters = new StringBuilder();
      for (String word : name.split("[\\s-]+")) {
        if (!word.isEmpty()) {
          letters.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
        }
      }
      if (letters.length() >= 2) {
        initials.add(letters.toString());
      }
    }
    List<String> kept = new ArrayList<>();
    for (String name : names) {
      String letters = name.replace(".", "").replace(" ", "");
      boolean sign =
          letters.length() >= 2
              && letters.length() <= 4
              && letters.chars().allMatch(Character::isUpperCase)
              && initials.contains(letters)
              && NewsAgencies.canonical(name) == null;
      if (!sign) {
        kept.add(name);
      }
    }
    return kept;
  }

  /**
   * A page byline's names without an agency written beside reporters ("By Ann Lee and Bo Park /
   * Associated Press"): there the agency is the reporters' employer, credited as such, not an
   * author; an agency alone is the byline itself ("By dpa") and stays. Structured sources are taken
   * as they list their authors.
   */
  private static List<String> withoutAffiliatedAgency(List<String> names) {
    List<String> people = names.stream().filter(n -> NewsAgencies.canonical(n) == null).toList();
    return people.isEmpty() ? names : people;
  }

  /**
   * Names that stand for no reporter: the site's own, and those of the administrator account when
   * the metadata names one author (an account is one name). The JSON-LD author says where its page
   * is; a name from the meta tags is looked up among the page's links to an admin page, a pass made
   * only then.
   */
  private static Predicate<String> placeholders(
      Document doc, PageSources sources, SiteNames siteNames, List<String> names) {
    if (names.size() != 1 || siteNames.isSiteName(names.get(0))) {
      return siteNames::isSiteName;
    }
    Set<String> accounts = new HashSet<>();
    JsonNode article = sources.jsonLd().article();
    JsonNode author = article == null ? null : article.get("author");
    if (author != null) {
      for (JsonNode ref : author.isArray() ? author : List.of(author)) {
        JsonNode a = sources.jsonLd().resolve(ref);
        String name = JsonLd.text(a, "name");
        if (name != null
            && (isAdminPage(JsonLd.text(a, "url")) || isAdminPage(a.path("@id").asText()))) {
          accounts.addAll(AuthorNames.split(name, false));
        }
      }
    } else {
      for (Element a : PageIndex.of(doc).byTag("a")) {
        String href = a.attr("href");
        // "admin" in any case: most links have neither, and are passed over without a copy
        if ((href.contains("dmin") || href.contains("DMIN")) && isAdminPage(href)) {
          accounts.addAll(AuthorNames.split(a.text(), false));
        }
      }
    }
    if (accounts.isEmpty()) {
      return siteNames::isSiteName;
    }
    return name -> siteNames.isSiteName(name) || accounts.contains(name);
  }

  private static boolean isAdminPage(String url) {
    if (url == null || url.isEmpty()) {
      return false;
    }
    String path = url.toLowerCase(Locale.ROOT);
    for (char end : new char[] {'?', '#'}) {
      int at = path.indexOf(end);
      if (at >= 0) {
        path = path.substring(0, at);
      }
    }
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    for (String page : ADMIN_ACCOUNT_PAGES) {
      if (path.endsWith(page)) {
        return true;
      }
    }
    return false;
  }

  /** Person authors of the article; organisation authors only when there is no person. */
  static List<String> fromJsonLd(JsonLd jsonLd, JsonNode article) {
    List<String> persons = new ArrayList<>();
    List<String> organisations = new ArrayList<>();
    JsonNode author = article == null ? null : article.get("author");
    if (author == null) {
      return persons;
    }
    for (JsonNode ref : author.isArray() ? author : List.of(author)) {
      JsonNode a = jsonLd.resolve(ref);
      boolean organisation =
          JsonLd.types(a).stream().anyMatch(t -> t.contains("organization") || t.contains("org"));
      String value = a.isObject() ? JsonLd.text(a, "name") : Clean.text(a.asText());
      if (value == null) {
        continue;
      }
      List<String> target = organisation ? organisations : persons;
      for (String name : AuthorNames.split(value, false)) {
        if (!target.contains(name)) {
          target.add(name);
        }
      }
    }
    return persons.isEmpty() ? organisations : persons;
  }

  /**
   * Meta keys of conventions that write a person surname first ("Lee, Ann"): Dublin Core and the
   * Highwire citation tags of scholarly and science news pages.
   */
  private static final Set<String> SURNAME_FIRST_KEYS =
      Set.of("dc.creator", "dcterms.creator", "citation_author");

  private static List<String> fromMeta(MetaTags meta, SiteNames siteNames) {
    for (String key :
        new String[] {
          "author",
          "article:author",
          "parsely-author",
          "sailthru.author",
          "cxenseparse:author",
          "dc.creator",
          "dcterms.creator",
          "citation_author",
          "byl",
          "twitter:misc:written by"
        }) {
      List<String> names = new ArrayList<>();
      boolean surnameFirst = SURNAME_FIRST_KEYS.contains(key);
      for (String value : meta.all(key)) {
        if (value.toLowerCase(Locale.ROOT).startsWith("http")) {
          continue;
        }
        String person = surnameFirst ? AuthorNames.unInverted(value) : null;
        List<String> split = person != null ? List.of(person) : AuthorNames.split(value, false);
        // "Site, Frankfurt, Germany": a value that opens with the site's name is the publisher
        // and its address, not people
        if (split.size() > 1 && siteNames.isSiteName(split.get(0))) {
          split = split.subList(0, 1);
        }
        for (String name : split) {
          if (!names.contains(name)) {
            names.add(name);
          }
        }
      }
      if (!names.isEmpty()) {
        return names;
      }
    }
    return fromLabelledMeta(meta);
  }

  /**
   * The "label / data" meta pairs that WordPress SEO plugins write for link previews ({@code
   * twitter:label1} "Written by", {@code twitter:data1} the name): the author's display name when
   * the {@code author} meta holds only an e-mail address or login.
   */
  private static List<String> fromLabelledMeta(MetaTags meta) {
    for (int i = 1; i <= MAX_LABELLED_PAIRS; i++) {
      String label = meta.first("twitter:label" + i);
      String data = meta.first("twitter:data" + i);
      if (label != null && data != null && WRITTEN_BY.matcher(label).find()) {
        return AuthorNames.split(data, false);
      }
    }
    return List.of();
  }

  /**
   * The byline elements of the page, one query after the other until one yields a name. Each query
   * is the CSS selector in its comment, run over the shared {@link PageIndex} rather than as a
   * page-wide select of its own.
   */
  private static List<String> fromPage(Document doc, String title, Predicate<String> placeholder) {
    PageIndex index = PageIndex.of(doc);
    List<Element> authorPropList = index.withItemprop("author");
    Set<Element> authorProps = PageIndex.identitySet(authorPropList);
    List<Element> bylineList = index.withClassContaining("byline");
    Set<Element> bylines = PageIndex.identitySet(bylineList);
    List<Element> authorClassedList = index.withClassContaining("author");
    Set<Element> authorClassed = PageIndex.identitySet(authorClassedList);
    List<Element> links = index.byTag("a");
    // AUTHOR_PAGE_LINKS: the first query that may also match a list of teasers
    Query authorPageLinks = new Query(links, (e, c) -> isAuthorPageLink(e));
    // each query looks only at elements that can match it (null: the whole page)
    List<Query> queries =
        List.of(
            // [itemprop=author] [itemprop=name]
            new Query(
                index.withItemprop(),
                (e, c) ->
                    PageIndex.itempropNames(e, "name") && PageIndex.hasAncestorIn(e, authorProps)),
            // [itemprop=author]
            new Query(authorPropList, (e, c) -> true),
            // a[rel=author]
            new Query(links, (e, c) -> PageIndex.attrIs(e, "rel", "author")),
            // [class*=byline] [class*=author], [class*=byline] a
            new Query(
                bylines.isEmpty() ? List.of() : null,
                (e, c) ->
                    ((c != null && c.contains("author")) || e.normalName().equals("a"))
                        && PageIndex.hasAncestorIn(e, bylines)),
            // [class*=author] a[href*=/author], [class*=author] a[href*=/autor]
            new Query(
                authorClassed.isEmpty() ? List.of() : links,
                (e, c) ->
                    (PageIndex.attrContains(e, "href", "/author")
                            || PageIndex.attrContains(e, "href", "/autor"))
                        && PageIndex.hasAncestorIn(e, authorClassed)),
            // [class*=byline]
            new Query(bylineList, (e, c) -> true),
            // [class*=author-name], [class*=authorName], [class*=author__name]
            new Query(
                authorClassedList,
                (e, c) ->
                    c != null
                        && (c.contains("author-name")
                            || c.contains("authorname")
                            || c.contains("author__name"))),
            authorPageLinks);
    List<String> marked = List.of();
    for (Query query : queries) {
      List<String> names = namesIn(query.select(index));
      if (query == authorPageLinks && names.size() > MAX_BYLINE_NAMES) {
        continue;
      }
      if (!names.isEmpty()) {
        marked = names;
        break;
      }
    }
    if (!marked.isEmpty() && !marked.stream().allMatch(placeholder)) {
      return marked;
    }
    // no byline markup, or markup naming only the site (a placeholder): a byline written without
    // markup may name the reporter; else the site's name is the byline there is
    // a short element that reads "Von: Ann Lee, Bo Park"
    List<String> names = namesIn(index.select((e, c) -> isLabelledByline(e)));
    if (names.isEmpty()) {
      // "Written by <a>Ann Lee</a> on May 3": the first only, as cards of other stories below the
      // article repeat the phrase for their own authors
      List<Element> writtenBy = index.select((e, c) -> isWrittenByLine(e));
      names = namesIn(writtenBy.isEmpty() ? writtenBy : writtenBy.subList(0, 1));
    }
    if (names.isEmpty()) {
      // <p><strong>Ann Lee</strong></p> opening the text, above a paragraph of prose
      names = namesIn(index.select((e, c) -> isBoldBylineParagraph(e)));
    }
    if (names.isEmpty()) {
      // "von Ann Lee" on a line of its own under the headline, whatever its markup
      names = ArticleHeader.first(doc, title, AuthorsExtractor::bylineLine);
    }
    if (names == null || names.isEmpty()) {
      // <a href="/av/ann-lee">Ann Lee</a> under the headline: a link to the reporter's own page
      names = ArticleHeader.first(doc, title, AuthorsExtractor::namesLinkingToTheirPages);
    }
    if (names != null && !names.isEmpty()) {
      return names;
    }
    List<String> edited = editorLine(doc);
    return edited.isEmpty() ? marked : edited;
  }

  /**
   * A byline query: the elements it may pick, in document order (null: every element of the page),
   * and the test that picks them.
   */
  private record Query(List<Element> candidates, PageIndex.ElementTest test) {
    List<Element> select(PageIndex index) {
      return candidates == null ? index.select(test) : PageIndex.select(candidates, test);
    }
  }

  /**
   * The names in the first {@link #MAX_ELEMENTS} of {@code picked}, those in a card for another
   * story left out.
   */
  private static List<String> namesIn(List<Element> picked) {
    List<String> names = new ArrayList<>();
    int seen = 0;
    for (Element el : picked) {
      if (++seen > MAX_ELEMENTS) {
        break;
      }
      if (inCardOrMenu(el)) {
        continue;
      }
      for (String text : bylineTexts(el)) {
        for (String name : AuthorNames.split(text)) {
          if (!names.contains(name)) {
            names.add(name);
          }
        }
      }
    }
    // a job title in an element of its own beside the name's is the name's
    return AuthorNames.withoutTitles(names);
  }

  /** Levels above a byline looked at for the card of another story: the byline, its meta, card. */
  private static final int CARD_LEVELS = 6;

  /**
   * A class word naming a card, box or listing of other stories ("article-card__author",
   * "related"). Not "teaser": German sites call the article's own header and lead a teaser.
   */
  private static final Pattern CARD_CLASS =
      Pattern.compile(
          "(?:^|[\\s_-])(?:cards?|related|recommend\\w*|promo\\w*|more-stories|listing)(?:[\\s_-]|$)");

  /**
   * A class word naming a menu, looked for above the byline only: a link component may be named for
   * navigation ("navigation-item") wherever it is used, the byline included.
   */
  private static final Pattern MENU_CLASS =
      Pattern.compile("(?:^|[\\s_-])(?:nav|navigation|menu)(?:[\\s_-]|$)");

  /**
   * Whether a byline sits in a card for another story ("More from World": each card shows its own
   * author) or in the site's navigation (a menu of columnists), by the tags and class names of the
   * byline and the elements just above it.
   */
  private static boolean inCardOrMenu(Element el) {
    Element e = el;
    for (int level = 0; e != null && level < CARD_LEVELS; level++, e = e.parent()) {
      if (e.normalName().equals("nav")) {
        return true;
      }
      String classes = e.className().toLowerCase(Locale.ROOT);
      if (!classes.isEmpty()
          && (CARD_CLASS.matcher(classes).find()
              || (level > 0 && MENU_CLASS.matcher(classes).find()))) {
        return true;
      }
    }
    return false;
  }

  private static final int MAX_LABELLED_BYLINE = 120;

  /** Characters before the colon of a byline label, leading whitespace included. */
  private static final int MAX_LABEL_CHARS = 40;

  /**
   * A byline label and a colon, then nothing (the names follow in child elements) or a capitalised
   * name: "Von: Ann Lee", "By:". The colon is required: without it "Von der Leyen ..." and "By
   * Train: ..." would read as bylines.
   */
  private static final Pattern LABELLED_BYLINE =
      Pattern.compile(
          "(?iu:by|von|par|por|di|door|av|af|od|autor(?:in|es)?|authors?|text|texto|tekst)"
              + "\\s?:(?:\\s*\\p{Lu}.*)?");

  /**
   * Every element of the page is asked: the first text node is looked at in place (no copy) before
   * the element's own text is built.
   */
  private static boolean isLabelledByline(Element e) {
    if (e.childNodeSize() == 0 || !(e.childNode(0) instanceof TextNode first)) {
      return false;
    }
    String head = first.getWholeText();
    int colon = head.indexOf(':');
    if (colon < 0 || colon > MAX_LABEL_CHARS) {
      return false;
    }
    String own = e.ownText();
    return own.length() <= MAX_LABELLED_BYLINE
        && LABELLED_BYLINE.matcher(own.strip()).matches()
        && e.closest("a") == null
        && e.text().length() <= MAX_LABELLED_BYLINE;
  }

  /**
   * "Written by" and its translations opening a text: unlike a bare "By", the phrase announces a
   * byline wherever it stands, so no colon is needed.
   */
  private static final Pattern OPENS_WITH_WRITTEN_BY =
      Pattern.compile(
          "\\s*(?:written by|verfasst von|geschrieben von|[ée]crit par|escrito por|scritto da"
              + "|geschreven door|skrevet af|skrivet av|napisane przez)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

  /**
   * A short element whose text opens with "Written by" (the names in it or in a link after it); the
   * first text node is looked at in place before the element's text is built.
   */
  private static boolean isWrittenByLine(Element e) {
    TextNode first = firstWords(e);
    if (first == null) {
      return false;
    }
    String head = first.getWholeText();
    return head.length() <= MAX_LABEL_CHARS
        && OPENS_WITH_WRITTEN_BY.matcher(head).matches()
        && e.closest("a") == null
        && e.text().length() <= MAX_LABELLED_BYLINE;
  }

  /**
   * The first text node among the first few children of {@code e} that holds more than whitespace,
   * past comments (a template's {@code <!-- -->} markers); null when it is not among them or an
   * element comes first.
   */
  private static TextNode firstWords(Element e) {
    for (int i = 0; i < Math.min(e.childNodeSize(), 4); i++) {
      Node child = e.childNode(i);
      if (child instanceof TextNode text) {
        if (!text.isBlank()) {
          return text;
        }
      } else if (!(child instanceof Comment)) {
        return null;
      }
    }
    return null;
  }

  /** The byline words a header line may open with, in the languages of the date patterns. */
  private static final String HEADER_BYLINE_WORD = "(?iu:by|von|par|por|di|door|av|af|od|przez|от)";

  /**
   * A byline word and a capitalised word after it, opening a line: "von Ann Lee", "By Ann Lee and
   * Bo Park". In the article's header only: elsewhere "By Train to Paris" may be a heading.
   */
  private static final Pattern OPENS_WITH_BY =
      Pattern.compile("\\s*" + HEADER_BYLINE_WORD + "\\s+\\p{Lu}.*");

  private static final int MAX_HEADER_BYLINE = 80;

  /**
   * The names of a header line that opens with a byline word in its own text (not a wrapper whose
   * first child is the line), when every name split from it reads as a name; else null.
   */
  private static List<String> bylineLine(Element e) {
    TextNode first = firstWords(e);
    if (first == null
        || first.getWholeText().length() > MAX_HEADER_BYLINE
        || (!OPENS_WITH_BY.matcher(first.getWholeText()).matches() && !opensWithByAlone(first))) {
      return null;
    }
    String line = ArticleHeader.line(e);
    if (line == null
        || line.length() > MAX_HEADER_BYLINE
        || !OPENS_WITH_BY.matcher(line).matches()) {
      return null;
    }
    List<String> names = AuthorNames.split(line);
    return names.isEmpty() || !names.stream().allMatch(n -> NAME_LINE.matcher(n).matches())
        ? null
        : names;
  }

  /** "By " alone in the first text node, the name in a link after it. */
  private static boolean opensWithByAlone(TextNode first) {
    return BY_ALONE.matcher(first.getWholeText()).matches();
  }

  private static final Pattern BY_ALONE = Pattern.compile("\\s*" + HEADER_BYLINE_WORD + "\\s*");

  /**
   * The names in a header line of links to the named people's own pages, when {@code e} is the
   * first such link: a link whose text is a person's name (two to four capitalised words) and whose
   * URL spells that name ("/av/amanda-hallsten", "/thema/duy-linh-dinh,145046/"), whatever the path
   * calls an author. With the link, the others of its line are read (several reporters); null when
   * {@code e} is no such link.
   */
  private static List<String> namesLinkingToTheirPages(Element e) {
    if (!isLinkToNamedPage(e)) {
      return null;
    }
    Element line = e.parent() == null ? e : e.parent();
    List<String> names = new ArrayList<>();
    for (Element a : line.getElementsByTag("a")) {
      String name = isLinkToNamedPage(a) ? Clean.text(a.text()) : null;
      if (name != null && !names.contains(name) && names.size() < MAX_BYLINE_NAMES) {
        names.add(name);
      }
    }
    return names;
  }

  private static boolean isLinkToNamedPage(Element a) {
    if (!a.normalName().equals("a") || !a.hasAttr("href")) {
      return false;
    }
    String text = a.text();
    if (text.length() > MAX_BOLD_BYLINE || !NAME_LINE.matcher(text).matches()) {
      return false;
    }
    int words = text.split("\\s+").length;
    if (words < 2 || words > 4) {
      return false;
    }
    String href = a.attr("href");
    if (!PERSON_PATH.matcher(href).find()
        && !saysByName(a.attr("title"), text)
        && !saysByName(a.attr("aria-label"), text)) {
      return false;
    }
    String hrefKey = Clean.key(href);
    for (String spelling : SiteNames.hostSpellings(Clean.key(text))) {
      if (hrefKey.contains(spelling)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A path segment naming people's pages ("/autor/", "/av/", "/staff/"): a topic's page is named
   * for a person too ("/tag/donald-trump"), and is no byline.
   */
  private static final Pattern PERSON_PATH =
      Pattern.compile(
          "(?i)/(?:authors?|autor(?:en|es|i)?|auteurs?|autore|av|by|von|profiles?|people"
              + "|staff|journalists?|redakteur(?:e|in)?|reporters?|writers?|columnists?"
              + "|contributors?|forfattare|forfatter|skribent)/");

  /** The link's label says it leads to the person's work: "Alle Inhalte von Duy Linh Dinh". */
  private static boolean saysByName(String label, String name) {
    int at = label.indexOf(name);
    return at > 0 && BY_BEFORE_NAME.matcher(label.substring(0, at)).find();
  }

  private static final Pattern BY_BEFORE_NAME =
      Pattern.compile("(?iu)(?:^|\\s)(?:by|von|av|af|de|di|par|door|od|przez|от)\\s+$");

  private static final int MAX_BOLD_BYLINE = 60;

  /**
   * Capitalised words (particles such as "de" or "van" allowed between them) joined by spaces,
   * hyphens, apostrophes, commas, slashes or "&": no digits, no sentence punctuation. A bold
   * subheading ("7h00 - Talks resume in Geneva") is not one.
   */
  private static final Pattern NAME_LINE =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'’-]*(?:(?:\\s|\\s?[,/&]\\s?)(?:\\p{Ll}{1,3}\\s)?\\p{Lu}[\\p{L}'’-]*)*");

  private static final int MIN_PROSE_AFTER_BYLINE = 150;

  /**
   * A paragraph that is only a short bold line of names, followed by a paragraph of prose and with
   * none before it: how many small publishers put the reporter's name above the story when their
   * CMS byline names the site or an account. Anything but a name (a bold subheading, a label) fails
   * the name check that follows.
   */
  private static boolean isBoldBylineParagraph(Element p) {
    if (!p.normalName().equals("p") || p.childrenSize() != 1) {
      return false;
    }
    Element bold = p.child(0);
    String text = p.text();
    Element next = p.nextElementSibling();
    return (bold.normalName().equals("strong") || bold.normalName().equals("b"))
        && !text.isEmpty()
        && text.length() <= MAX_BOLD_BYLINE
        && bold.text().length() == text.length()
        && NAME_LINE.matcher(text).matches()
        && next != null
        && next.normalName().equals("p")
        && next.text().length() >= MIN_PROSE_AFTER_BYLINE
        && opensTheText(p);
  }

  /** No paragraph of prose before {@code p}: bold lines further down are subheadings. */
  private static boolean opensTheText(Element p) {
    for (Element before = p.previousElementSibling();
        before != null;
        before = before.previousElementSibling()) {
      if (before.normalName().equals("p") && before.text().length() >= MIN_PROSE_AFTER_BYLINE) {
        return false;
      }
    }
    return true;
  }

  /**
   * The "responsible editor" line Chinese news pages close with ("（责编：张三、李四）"), their byline by
   * convention.
   */
  private static final Pattern EDITOR_LINE =
      Pattern.compile("[（(]\\s*责任?编(?:辑)?\\s*[:：]\\s*([^()（）]{1,40})[）)]");

  private static List<String> editorLine(Document doc) {
    for (Element e : PageIndex.of(doc).select((el, c) -> isTextLeaf(el))) {
      // the raw text, before whitespace is collapsed: a generous bound
      String own = ((TextNode) e.childNode(0)).getWholeText();
      if (own.length() > MAX_LABELLED_BYLINE * 4 || own.indexOf('编') < 0) {
        continue;
      }
      String text = e.text();
      Matcher m = EDITOR_LINE.matcher(text);
      if (m.find()) {
        return AuthorNames.split(m.group(1).replace('、', ','));
      }
    }
    return List.of();
  }

  /** An element whose only child is text: looked at in place, without building its text. */
  private static boolean isTextLeaf(Element e) {
    return e.childNodeSize() == 1 && e.childNode(0) instanceof TextNode;
  }

  /**
   * The texts of a byline element: its {@code content}, else the texts of its child elements when
   * it has several (names set in separate spans, which its flat text would run together), else its
   * own text. Over-long texts are not bylines and are skipped.
   */
  private static List<String> bylineTexts(Element el) {
    if (el.hasAttr("content")) {
      return List.of(el.attr("content"));
    }
    List<String> texts = new ArrayList<>();
    List<Element> leaves = el.select("*:not(:has(*))");
    if (leaves.size() >= 2 && leaves.size() <= MAX_ELEMENTS) {
      for (Element leaf : leaves) {
        texts.add(leaf.text());
      }
    } else {
      texts.add(el.text());
    }
    texts.removeIf(t -> t.isBlank() || t.length() > 200);
    return texts;
  }
}
