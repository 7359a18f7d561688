package io.broadsheet.extractor.extract;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The elements of one page, listed once in document order and grouped by tag, with their class
 * attributes lower-cased: what the field extractors would otherwise each find with their own
 * page-wide {@code doc.select(...)}. Every such select walks the whole tree (and an attribute
 * selector such as {@code [class*=date]} lower-cases every class attribute again), so a dozen of
 * them cost more than parsing the page; one walk shared by all is cheap.
 *
 * <p>A one-entry per-thread cache keyed by the document's identity hands the same index to every
 * extractor of the chain while keeping them stateless and thread-safe; the document is held weakly
 * so the cache never keeps a page alive. The index describes the tree as it was when first asked
 * for: the extractors only read the page (a site profile's {@code drop} rules edit a copy, which
 * gets its own index).
 */
public final class PageIndex {

  private static final ThreadLocal<PageIndex> LAST = new ThreadLocal<>();

  private final WeakReference<Document> doc;
  private final List<Element> elements;
  private final String[] lowerClasses;
  private final Map<String, List<Element>> byTag = new HashMap<>();
  private final List<Element> withItemprop = new ArrayList<>();

  private PageIndex(Document doc) {
    this.doc = new WeakReference<>(doc);
    List<Element> all = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    // one iterative walk (no iterator or evaluator per node, no recursion however deep the page)
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element e && e != doc) {
            all.add(e);
            byTag.computeIfAbsent(e.normalName(), t -> new ArrayList<>()).add(e);
            classes.add(lowerClassOf(e));
            if (e.hasAttr("itemprop")) {
              withItemprop.add(e);
            }
          }
        },
        doc);
    this.elements = all;
    this.lowerClasses = classes.toArray(new String[0]);
  }

  /**
   * The class attribute lower-cased, as jsoup's {@code [class*=...]} compares (the query is
   * lower-cased too), or null when there is none. hasAttr checks for no attributes at all first;
   * attributesSize() would count them.
   */
  private static String lowerClassOf(Element e) {
    return e.hasAttr("class") ? e.attr("class").toLowerCase(Locale.ENGLISH) : null;
  }

  /** The index of {@code doc}, built now or taken from the previous extractor on this thread. */
  public static PageIndex of(Document doc) {
    PageIndex last = LAST.get();
    if (last != null && last.doc.get() == doc) {
      return last;
    }
    PageIndex index = new PageIndex(doc);
    LAST.set(index);
    return index;
  }

  /** Every element below the document, in document order (what {@code doc.select("*")} lists). */
  public List<Element> elements() {
    return elements;
  }

  /** The lower-cased class attribute of {@code elements().get(i)}, or null when it has none. */
  public String lowerClass(int i) {
    return lowerClasses[i];
  }

  /** The elements with the tag (lower-case), in document order: {@code doc.select(tag)}. */
  public List<Element> byTag(String tag) {
    return byTag.getOrDefault(tag, List.of());
  }

  /**
   * The elements with an {@code itemprop} attribute, in document order: the few that microdata
   * queries ({@code [itemprop=author]}) need to look at, instead of every element of the page.
   */
  public List<Element> withItemprop() {
    return withItemprop;
  }

  /**
   * The elements whose {@code itemprop} names {@code value} ignoring case, in document order. An
   * {@code itemprop} is a list of names ({@code itemprop="author creator"}), as jsoup's {@code
   * [itemprop~=author]} reads it.
   */
  public List<Element> withItemprop(String value) {
    List<Element> found = new ArrayList<>();
    for (Element e : withItemprop) {
      if (itempropNames(e, value)) {
        found.add(e);
      }
    }
    return found;
  }

  /** Whether {@code value} is one of the names of {@code e}'s {@code itemprop}, ignoring case. */
  public static boolean itempropNames(Element e, String value) {
    String names = e.attr("itemprop");
    if (names.length() <= value.length()) {
      return names.equalsIgnoreCase(value);
    }
    // a scan for the name between whitespace, without splitting: asked of every itemprop of the
    // page by several queries
    int at = 0;
    while (at <= names.length() - value.length()) {
      if (names.regionMatches(true, at, value, 0, value.length())
          && (at + value.length() == names.length()
              || Character.isWhitespace(names.charAt(at + value.length())))) {
        return true;
      }
      while (at < names.length() && !Character.isWhitespace(names.charAt(at))) {
        at++;
      }
      while (at < names.length() && Character.isWhitespace(names.charAt(at))) {
        at++;
      }
    }
    return false;
  }

  /**
   * Which of two elements of the page comes first in document order (either may be null, not both).
   * Looks through the whole list: for the rare page where two kinds of candidate compete.
   */
  public Element firstInOrder(Element a, Element b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    for (Element e : elements) {
      if (e == a || e == b) {
        return e;
      }
    }
    return a;
  }

  /** The first element with the tag, or null: {@code doc.selectFirst(tag)}. */
  public Element first(String tag) {
    List<Element> tagged = byTag(tag);
    return tagged.isEmpty() ? null : tagged.get(0);
  }

  /**
   * The elements whose class attribute contains one of {@code parts} (lower case), in document
   * order: {@code doc.select("[class*=a], [class*=b]")}.
   */
  public List<Element> withClassContaining(String... parts) {
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < lowerClasses.length; i++) {
      if (classContains(i, parts)) {
        found.add(elements.get(i));
      }
    }
    return found;
  }

  /** Whether the class attribute of {@code elements().get(i)} contains one of {@code parts}. */
  public boolean classContains(int i, String... parts) {
    String lowerClass = lowerClasses[i];
    if (lowerClass == null) {
      return false;
    }
    for (String part : parts) {
      if (lowerClass.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the attribute equals {@code value} ignoring case, as jsoup's {@code [key=value]}
   * compares (the attribute's own spaces count).
   */
  public static boolean attrIs(Element e, String key, String value) {
    // one lookup: attr() gives "" for a missing attribute, which no non-empty value equals
    // (attributesSize() as a guard cost more than the lookup: jsoup counts the attributes)
    return value.isEmpty()
        ? e.hasAttr(key) && e.attr(key).isEmpty()
        : value.equalsIgnoreCase(e.attr(key));
  }

  /**
   * Whether the attribute contains {@code part} (lower case) ignoring case, as jsoup's {@code
   * [key*=part]} compares.
   */
  public static boolean attrContains(Element e, String key, String part) {
    return part.isEmpty() ? e.hasAttr(key) : e.attr(key).toLowerCase(Locale.ENGLISH).contains(part);
  }

  /** The nearest ancestor (not {@code e} itself) with the tag, or null. */
  public static Element ancestor(Element e, String tag) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals(tag)) {
        return p;
      }
    }
    return null;
  }

  /** The elements with the tag inside {@code root} (not {@code root} itself), in document order. */
  public List<Element> byTagWithin(String tag, Element root) {
    List<Element> found = new ArrayList<>();
    for (Element e : byTag(tag)) {
      if (e != root && isWithin(e, root)) {
        found.add(e);
      }
    }
    return found;
  }

  /** The first {@code <link rel=canonical href>}, or null: {@code link[rel=canonical][href]}. */
  public Element canonicalLink() {
    for (Element link : byTag("link")) {
      if (attrIs(link, "rel", "canonical") && link.hasAttr("href")) {
        return link;
      }
    }
    return null;
  }

  /** A test of one element, given its class attribute lower-cased (null when it has none). */
  @FunctionalInterface
  public interface ElementTest {
    boolean test(Element e, String lowerClass);
  }

  /** The elements passing {@code test}, in document order. */
  public List<Element> select(ElementTest test) {
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < lowerClasses.length; i++) {
      if (test.test(elements.get(i), lowerClasses[i])) {
        found.add(elements.get(i));
      }
    }
    return found;
  }

  /**
   * The elements of {@code candidates} (in document order, a superset of what {@code test} picks)
   * passing {@code test}: {@link #select} over fewer elements.
   */
  public static List<Element> select(List<Element> candidates, ElementTest test) {
    List<Element> found = new ArrayList<>();
    for (Element e : candidates) {
      if (test.test(e, lowerClassOf(e))) {
        found.add(e);
      }
    }
    return found;
  }

  /** The same elements as a set by identity, for ancestor checks. */
  public static Set<Element> identitySet(List<Element> elements) {
    Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(elements);
    return set;
  }

  /** Whether an ancestor of {@code e} (not {@code e} itself) is in {@code set}. */
  public static boolean hasAncestorIn(Element e, Set<Element> set) {
    if (set.isEmpty()) {
      return false;
    }
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (set.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code ancestor} is {@code e} or one of its ancestors. */
  public static boolean isWithin(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
