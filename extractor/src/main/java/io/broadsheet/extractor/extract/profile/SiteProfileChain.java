package io.broadsheet.extractor.extract.profile;

import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleExtracted.Kind;
import io.broadsheet.extractor.extract.ArticleDraft;
import io.broadsheet.extractor.extract.ExtractionContext;
import io.broadsheet.extractor.extract.FieldExtractor;
import io.broadsheet.extractor.extract.Hosts;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Runs the generic extractor chain, then applies the page's {@link SiteProfile}, if one applies to
 * its host. Order:
 *
 * <ol>
 *   <li>{@code drop} selectors are removed from a copy of the page (the parsed page itself is
 *       shared and never modified);
 *   <li>the generic chain runs on that copy, so every field has its generic value;
 *   <li>each profile rule that matches something replaces its field; a rule that matches nothing
 *       leaves the generic value. The {@code body} rule feeds only the selected containers to the
 *       body extractor, so its cleaning and block rules still apply.
 * </ol>
 *
 * Pages of hosts without a profile cost nothing beyond the host lookup.
 */
public final class SiteProfileChain implements FieldExtractor {

  private final FieldExtractor generic;
  private final FieldExtractor body;
  private final Supplier<SiteProfiles> profiles;

  /**
   * @param generic the generic chain
   * @param body the body extractor the {@code body} rule hands its selected containers to
   * @param profiles the profiles in force, asked once per page (so a reloaded file takes effect)
   */
  public SiteProfileChain(
      FieldExtractor generic, FieldExtractor body, Supplier<SiteProfiles> profiles) {
    this.generic = generic;
    this.body = body;
    this.profiles = profiles;
  }

  @Override
  public void extract(Document doc, ExtractionContext ctx, ArticleDraft draft) {
    Optional<SiteProfile> profile = profiles.get().forHost(Hosts.of(ctx.finalUrl()));
    if (profile.isEmpty()) {
      generic.extract(doc, ctx, draft);
      return;
    }
    SiteProfile p = profile.get();
    Document page = doc;
    if (!p.drop().isEmpty()) {
      page = doc.clone();
      for (String selector : p.drop()) {
        page.select(selector).remove();
      }
    }
    generic.extract(page, ctx, draft);
    applyRules(p, page, ctx, draft);
  }

  private void applyRules(SiteProfile p, Document page, ExtractionContext ctx, ArticleDraft draft) {
    if (p.body() != null) {
      replaceBody(page.select(p.body()), page, ctx, draft);
    }
    if (p.title() != null) {
      Optional.ofNullable(ProfileSelector.of(p.title()).first(page)).ifPresent(draft::title);
    }
    if (p.section() != null) {
      Optional.ofNullable(ProfileSelector.of(p.section()).first(page)).ifPresent(draft::section);
    }
    if (p.authors() != null) {
      replaceAll(draft.authors(), texts(page, p.authors()));
    }
    if (p.topics() != null) {
      replaceAll(draft.topics(), texts(page, p.topics()));
    }
    if (p.published() != null) {
      Optional.ofNullable(parseTime(ProfileSelector.of(p.published()).first(page)))
          .ifPresent(draft::published);
    }
  }

  private void replaceBody(
      Elements containers, Document page, ExtractionContext ctx, ArticleDraft draft) {
    if (containers.isEmpty()) {
      return;
    }
    Document narrowed = Document.createShell(page.location());
    Element article = narrowed.body().appendElement("article");
    for (Element container : containers) {
      article.appendChild(container.clone());
    }
    ArticleDraft selected = new ArticleDraft();
    body.extract(narrowed, ctx, selected);
    List<BodyBlock> blocks = selected.body().isEmpty() ? childBlocks(containers) : selected.body();
    if (!blocks.isEmpty()) {
      List<BodyBlock> copy = List.copyOf(blocks);
      draft.body().clear();
      draft.body().addAll(copy);
      draft.bodyContainerFound(true);
    }
  }

  /**
   * The operator said where the body is, so when the body extractor finds no blocks there (text in
   * bare {@code <div>}s, say), each child with text is taken as a paragraph rather than losing it.
   */
  private static List<BodyBlock> childBlocks(Elements containers) {
    List<BodyBlock> blocks = new ArrayList<>();
    for (Element container : containers) {
      List<Element> parts =
          container.children().isEmpty() ? List.of(container) : container.children();
      for (Element part : parts) {
        String text = part.text().strip();
        if (!text.isEmpty()) {
          blocks.add(new BodyBlock(Kind.PARAGRAPH, text));
        }
      }
    }
    return blocks;
  }

  private static List<String> texts(Document page, String rule) {
    ProfileSelector selector = ProfileSelector.of(rule);
    return page.select(selector.css()).stream()
        .map(selector::valueOf)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  private static void replaceAll(List<String> field, List<String> values) {
    if (!values.isEmpty()) {
      field.clear();
      field.addAll(values);
    }
  }

  /** ISO-8601 with an offset or a zone; anything else is ignored (the generic value stays). */
  static OffsetDateTime parseTime(String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException notOffset) {
      try {
        return ZonedDateTime.parse(value).toOffsetDateTime();
      } catch (DateTimeParseException notZoned) {
        return null;
      }
    }
  }
}
