package io.broadsheet.extractor.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import io.broadsheet.extractor.extract.PageIndex;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The published and updated times. Sources, most reliable first: JSON-LD {@code datePublished} /
 * {@code dateModified} of the article; meta tags ({@code article:published_time}, {@code
 * og:published_time}, itemprop, Parse.ly, Sailthru, Dublin Core, {@code pubdate}...); {@code <time
 * datetime>} marked as the publication time or inside the article; then a date written in the
 * visible header text ({@link TextDates}), then a date on a line a publication label announces
 * ("publiziert am 30. Juli 2018"), then the first date written between the headline and the story's
 * first paragraph, and last the date in the permalink's path ({@link UrlDates}). With no updated
 * time in the metadata, a second, later time written beside the visible publication time is the
 * update ("(Updated: ...)").
 *
 * <p>The first source that gives a time of day wins; a date-only source is kept only when nothing
 * gives a time. The offset is the one the page states. When the chosen value has none, the offset
 * is borrowed from another date on the same page — preferably one stating the same wall-clock time,
 * which makes it certain — since a naive time on a news page is local time, not UTC. When the page
 * states no offset anywhere, the zone its site's country implies ({@link SiteZone}: the domain,
 * else a one-zone language) gives the offset for that date; only when neither does is UTC assumed.
 */
public final class DatesExtractor implements FieldExtractor {

  private static final String[] PUBLISHED_META = {
    "article:published_time",
    "article:published:time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "publish-date",
    "publishdate",
    "pubdate",
    "publication_date",
    "article.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "cxenseparse:recs:publishtime",
  };

  private static final String[] UPDATED_META = {
    "article:modified_time",
    "article:modified:time",
    "og:updated_time",
    "og:modified_time",
    "article:modified",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
  };

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    PageSources sources = PageSources.of(doc);
    JsonNode article = sources.jsonLd().article();
    List<Stamp> published = new ArrayList<>();
    published.add(jsonLdDate(sources, article, "datePublished"));
    for (String key : PUBLISHED_META) {
      published.add(DateParser.parse(sources.meta().first(key)));
    }
    published.add(timeElement(doc));
    List<Stamp> updated = new ArrayList<>();
    updated.add(jsonLdDate(sources, article, "dateModified"));
    for (String key : UPDATED_META) {
      updated.add(DateParser.parse(sources.meta().first(key)));
    }
    published.removeIf(Objects::isNull);
    updated.removeIf(Objects::isNull);
    // the visible date texts are read once, for the published time and the update alike
    List<String> dateTexts = null;
    if (published.stream().noneMatch(Stamp::hasTime)) {
      dateTexts = TextDates.dateTexts(doc);
      published.add(TextDates.find(dateTexts));
      published.removeIf(Objects::isNull);
    }
    if (published.isEmpty()) {
      published.add(TextDates.findLabelled(doc));
      published.removeIf(Objects::isNull);
    }
    if (published.isEmpty()) {
      published.add(TextDates.findAfterHeadline(doc, draft.title()));
      published.removeIf(Objects::isNull);
    }
    if (published.isEmpty()) {
      // the permalink's date: the canonical URL's, else the address the page was fetched from
      Stamp inPath = UrlDates.find(draft.canonicalUrl());
      published.add(inPath != null ? inPath : UrlDates.find(ctx.finalUrl()));
      published.removeIf(Objects::isNull);
    }
    if (updated.isEmpty()) {
      updated.add(TextDates.findUpdate(dateTexts == null ? TextDates.dateTexts(doc) : dateTexts));
      updated.removeIf(Objects::isNull);
    }
    List<Stamp> all = new ArrayList<>(published);
    all.addAll(updated);
    // looked up only for a naive time, which few pages leave without an offset to borrow
    Supplier<ZoneId> siteZone = () -> SiteZone.of(ctx.finalUrl(), draft.language());
    Stamp p = best(published, all, siteZone);
    if (p != null) {
      draft.published(p.toOffsetDateTime());
    }
    Stamp u = best(updated, all, siteZone);
    if (u != null) {
      draft.updated(u.toOffsetDateTime());
    }
  }

  /** The article's date, else the first such date of any JSON-LD object (a WebPage's). */
  private static Stamp jsonLdDate(PageSources sources, JsonNode article, String field) {
    Stamp stamp = DateParser.parse(JsonLd.text(article, field));
    if (stamp == null) {
      for (JsonNode object : sources.jsonLd().objects()) {
        stamp = DateParser.parse(JsonLd.text(object, field));
        if (stamp != null) {
          break;
        }
      }
    }
    return stamp;
  }

  /** A {@code <time>} marked as the publication date, else the first one in the article. */
  private static Stamp timeElement(Document doc) {
    PageIndex index = PageIndex.of(doc);
    // [itemprop=datePublished][datetime], [itemprop=datePublished][content],
    // time[pubdate][datetime]: the first of either in document order
    Element microdata = null;
    for (Element e : index.withItemprop("datePublished")) {
      if (e.hasAttr("datetime") || e.hasAttr("content")) {
        microdata = e;
        break;
      }
    }
    Element pubdate = null;
    for (Element e : index.byTag("time")) {
      if (e.hasAttr("pubdate") && e.hasAttr("datetime")) {
        pubdate = e;
        break;
      }
    }
    Element time =
        microdata == null && pubdate == null ? null : index.firstInOrder(microdata, pubdate);
    // article time[datetime], main time[datetime]
    for (int i = 0; time == null && i < index.byTag("time").size(); i++) {
      Element t = index.byTag("time").get(i);
      if (t.hasAttr("datetime")
          && (PageIndex.ancestor(t, "article") != null || PageIndex.ancestor(t, "main") != null)) {
        time = t;
      }
    }
    if (time == null) {
      return null;
    }
    return DateParser.parse(
        time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content"));
  }

  /**
   * The first candidate with a time of day (else the first), given an offset borrowed from {@code
   * all} when it has none.
   */
  static Stamp best(List<Stamp> candidates, List<Stamp> all, Supplier<ZoneId> siteZone) {
    if (candidates.isEmpty()) {
      return null;
    }
    Stamp chosen = candidates.stream().filter(Stamp::hasTime).findFirst().orElse(candidates.get(0));
    if (chosen.hasTime() && chosen.offset() == null) {
      chosen = chosen.withDefaultOffset(borrowedOffset(chosen, all));
    }
    ZoneId zone = chosen.hasTime() && chosen.offset() == null ? siteZone.get() : null;
    if (zone != null) {
      // no offset on the page: the newsroom's local time, in the zone its country implies. A date
      // without a time stays a calendar date (read as UTC midnight, as before): midnight in a zone
      // east of UTC falls on the day before wherever the reader's offset is smaller
      chosen = chosen.withDefaultOffset(zone.getRules().getOffset(chosen.local()));
    }
    return chosen;
  }

  /** An offset for a naive stamp: from a same-wall-clock stamp, else from any stamp with one. */
  private static ZoneOffset borrowedOffset(Stamp naive, List<Stamp> all) {
    for (Stamp other : all) {
      if (other.offset() != null
          && other.hasTime()
          && other.local().withSecond(0).equals(naive.local().withSecond(0))) {
        return other.offset();
      }
    }
    for (Stamp other : all) {
      if (other.offset() != null && other.hasTime()) {
        return other.offset();
      }
    }
    return null;
  }
}
