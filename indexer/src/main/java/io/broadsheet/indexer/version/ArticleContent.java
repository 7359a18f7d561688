package io.broadsheet.indexer.version;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.ArticleExtracted.LeadImage;
import io.broadsheet.events.ArticleIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields of an article whose change makes a new version: what a reader would call "the article
 * was edited". Publication dates, fetch times and the extractor version are left out on purpose: a
 * page re-fetched with only a bumped {@code dateModified} is the same version, updated in place.
 *
 * @param bodyHash SHA-256 (hex) of the body text, so bodies compare without carrying them around
 */
public record ArticleContent(
    String title,
    String subtitle,
    List<String> authors,
    String section,
    List<String> topics,
    LeadImage leadImage,
    String bodyHash) {

  /** Field names as {@link #changedFrom} reports them, in this order. */
  public static final List<String> FIELDS =
      List.of("title", "subtitle", "authors", "section", "topics", "lead_image", "body");

  public ArticleContent {
    authors = authors == null ? List.of() : List.copyOf(authors);
    topics = topics == null ? List.of() : List.copyOf(topics);
  }

  public static ArticleContent of(ArticleExtracted e) {
    return new ArticleContent(
        e.title(),
        e.subtitle(),
        e.authors(),
        e.section(),
        e.topics(),
        e.leadImage(),
        ArticleIds.sha256Hex(e.bodyText()));
  }

  /** The names of the fields that differ from {@code before}, empty when none does. */
  public List<String> changedFrom(ArticleContent before) {
    List<String> changed = new ArrayList<>(FIELDS.size());
    add(changed, "title", title, before.title);
    add(changed, "subtitle", subtitle, before.subtitle);
    add(changed, "authors", authors, before.authors);
    add(changed, "section", section, before.section);
    add(changed, "topics", topics, before.topics);
    add(changed, "lead_image", leadImage, before.leadImage);
    add(changed, "body", bodyHash, before.bodyHash);
    return changed;
  }

  /** A digest of every versioned field: equal fingerprints, same version. */
  public String fingerprint() {
    // Unit separators keep ("ab", "c") and ("a", "bc") apart.
    String joined =
        String.join(
            "\u001f",
            String.valueOf(title),
            String.valueOf(subtitle),
            String.join("\u001e", authors),
            String.valueOf(section),
            String.join("\u001e", topics),
            leadImage == null
                ? "null"
                : leadImage.url() + "\u001e" + leadImage.caption() + "\u001e" + leadImage.credit(),
            bodyHash);
    return ArticleIds.sha256Hex(joined);
  }

  private static void add(List<String> changed, String field, Object now, Object before) {
    if (!Objects.equals(now, before)) {
      changed.add(field);
    }
  }
}
