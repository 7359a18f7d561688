package io.broadsheet.indexer.web;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleExtracted.Kind;
import io.broadsheet.events.ArticleExtracted.LeadImage;
import io.broadsheet.events.ArticleIds;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The small harbour-town news day the reader page is tested on: written for this test, one story
 * carried by two sites with the same body, two stories mentioning the lighthouse and two that do
 * not.
 */
final class ReaderArticles {

  static final String GAZETTE = "harbour-gazette.example";
  static final String COASTWIRE = "coastwire.example";

  static final List<BodyBlock> LIGHTHOUSE_BODY =
      List.of(
          paragraph(
              "The town council has agreed to restore the lighthouse on the north pier, which has"
                  + " stood dark since the storms of last winter cracked its lantern glass."),
          paragraph(
              "Engineers will replace the lantern, repaint the tower and rewire the beacon, and"
                  + " volunteers from the sailing club have offered to clear the keeper's path."),
          heading("What the work costs"),
          listItem("New lantern glass and frame: the largest part of the budget."),
          listItem("Paint and scaffolding for the tower through the spring."),
          quote("A harbour without its light is only half a harbour, said the harbour master."));

  private ReaderArticles() {}

  /** The Gazette's report of the lighthouse restoration, with every field the page shows. */
  static ArticleExtracted gazetteLighthouse(String title, Instant extractedAt) {
    return new ArticleExtracted(
        id(GAZETTE, "lighthouse-restored"),
        url(GAZETTE, "lighthouse-restored"),
        url(GAZETTE, "lighthouse-restored") + "?ref=front",
        GAZETTE,
        title,
        "Work on the north pier begins in April",
        List.of("Mara Quill", "Tomas Reed"),
        List.of("Harbour Gazette staff"),
        OffsetDateTime.parse("2025-03-04T09:30:00+01:00"),
        OffsetDateTime.parse("2025-03-04T17:45:00+01:00"),
        "Local",
        List.of("heritage", "harbour"),
        "en",
        "Harbour Gazette",
        new LeadImage(
            "https://harbour-gazette.example/img/north-pier.jpg",
            "The north pier lighthouse at low tide",
            "Photo: Ina Brook"),
        LIGHTHOUSE_BODY,
        text(LIGHTHOUSE_BODY),
        words(LIGHTHOUSE_BODY),
        Boolean.FALSE,
        ArticleIds.sha256Hex(text(LIGHTHOUSE_BODY)),
        "extractor-1.0.0",
        extractedAt.minusSeconds(5),
        extractedAt);
  }

  /** The wire's copy of the same report an hour later: same body, another site and title. */
  static ArticleExtracted coastwireLighthouse() {
    return simple(
        COASTWIRE,
        "north-pier-light",
        "North pier lighthouse to shine again",
        "2025-03-04T10:30:00Z",
        LIGHTHOUSE_BODY);
  }

  static ArticleExtracted ferryTimetable() {
    return simple(
        GAZETTE,
        "winter-ferry-timetable",
        "Ferry timetable thins out for the winter",
        "2025-03-03T18:00:00+01:00",
        List.of(
            paragraph(
                "From November the island ferry will sail four times a day instead of seven, the"
                    + " operator announced on Monday after a season of half-empty crossings."),
            paragraph(
                "Commuters asked for the early sailing to stay, and it will, but the late evening"
                    + " boat is gone until the clocks change again in March.")));
  }

  static ArticleExtracted keepersMuseum() {
    return simple(
        COASTWIRE,
        "keepers-cottages-museum",
        "Old keepers' cottages become a small museum",
        "2025-03-02T12:00:00Z",
        List.of(
            paragraph(
                "The two cottages where lighthouse keepers once lived with their families open"
                    + " this weekend as a museum of the harbour's working life."),
            paragraph(
                "Visitors can climb to the attic room where the keepers logged the weather every"
                    + " four hours, in ink, for more than ninety years.")));
  }

  static ArticleExtracted fishMarket() {
    return simple(
        GAZETTE,
        "fish-market-quay",
        "Fish market moves to the old quay",
        "2025-03-01T08:00:00Z",
        List.of(
            paragraph(
                "Stallholders packed their crates on Saturday and carried them three hundred"
                    + " metres along the waterfront to the restored sheds of the old quay."),
            paragraph(
                "The new hall has running water at every stall and a roof that no longer lets"
                    + " the rain in, which the traders say is the first improvement in decades.")));
  }

  /** Storm news published {@code published}: the article the test sends while the page is open. */
  static ArticleExtracted stormRoadClosed(OffsetDateTime published) {
    return simple(
        GAZETTE,
        "storm-closes-road",
        "Storm closes the harbour road",
        published.toString(),
        List.of(
            paragraph(
                "Waves over the sea wall closed the harbour road this morning, and the police ask"
                    + " drivers to use the hill road until the tide turns."),
            paragraph(
                "Council crews are clearing shingle from the carriageway; the road should reopen"
                    + " by the evening if the wind drops as forecast.")));
  }

  private static ArticleExtracted simple(
      String site, String slug, String title, String published, List<BodyBlock> body) {
    return new ArticleExtracted(
        id(site, slug),
        url(site, slug),
        url(site, slug),
        site,
        title,
        null,
        List.of(),
        List.of(),
        OffsetDateTime.parse(published),
        null,
        "Local",
        List.of(),
        "en",
        null,
        null,
        body,
        text(body),
        words(body),
        null,
        ArticleIds.sha256Hex(text(body)),
        "extractor-1.0.0",
        null,
        Instant.parse("2025-03-05T00:00:00Z"));
  }

  static String id(String site, String slug) {
    return ArticleIds.forCanonicalUrl(url(site, slug));
  }

  private static String url(String site, String slug) {
    return "https://" + site + "/news/" + slug;
  }

  static List<String> texts(List<BodyBlock> blocks, Kind kind) {
    List<String> out = new ArrayList<>();
    for (BodyBlock block : blocks) {
      if (block.kind() == kind) {
        out.add(block.text());
      }
    }
    return out;
  }

  private static String text(List<BodyBlock> blocks) {
    return blocks.stream().map(BodyBlock::text).collect(Collectors.joining("\n\n"));
  }

  private static int words(List<BodyBlock> blocks) {
    return (int) blocks.stream().flatMap(b -> List.of(b.text().split("\\s+")).stream()).count();
  }

  private static BodyBlock paragraph(String text) {
    return new BodyBlock(Kind.PARAGRAPH, text);
  }

  private static BodyBlock heading(String text) {
    return new BodyBlock(Kind.HEADING, text);
  }

  private static BodyBlock listItem(String text) {
    return new BodyBlock(Kind.LIST_ITEM, text);
  }

  private static BodyBlock quote(String text) {
    return new BodyBlock(Kind.QUOTE, text);
  }
}
