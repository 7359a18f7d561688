package io.broadsheet.indexer.store;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.ArticleIds;
import io.broadsheet.indexer.story.MinHash;
import io.broadsheet.indexer.story.StoryAssigner;
import io.broadsheet.indexer.story.StoryCandidate;
import io.broadsheet.indexer.story.StoryCandidates;
import io.broadsheet.indexer.version.StoredVersion;
import io.broadsheet.indexer.version.VersionPlan;
import io.broadsheet.indexer.version.VersionTimeline;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a batch of extracted articles in one transaction with a handful of statements, whatever
 * the batch size: lock the stored rows, decide versions in memory ({@link VersionTimeline}), place
 * new articles in stories ({@link StoryAssigner}), then write history and current rows as JDBC
 * batches. Per-row round trips are what would cap throughput, so there are none.
 */
public class ArticleBatchWriter {

  /** Clustering settings. */
  public record Stories(StoryAssigner assigner, int minShingles) {}

  /**
   * What the batch did.
   *
   * @param outcomes one per event, in the order given
   * @param changedIds ids of the articles whose row or history changed, for the live stream
   */
  public record Result(List<IndexOutcome> outcomes, List<String> changedIds) {}

  /** The advisory lock key that serialises story placement (any constant, shared by replicas). */
  static final long STORY_LOCK = 0x62726f6164736865L; // "broadshe"

  private final Stories stories;

  public ArticleBatchWriter(Stories stories) {
    this.stories = stories;
  }

  /** Indexes {@code events} on {@code connection}, inside the caller's transaction. */
  public Result write(Connection connection, List<ArticleExtracted> events) throws SQLException {
    Map<String, List<ArticleExtracted>> byUrl = new LinkedHashMap<>();
    for (ArticleExtracted e : events) {
      byUrl.computeIfAbsent(e.canonicalUrl(), u -> new ArrayList<>()).add(e);
    }
    byUrl.values().forEach(list -> list.sort(Comparator.comparing(ArticleExtracted::extractedAt)));

    Map<String, StoredArticles.Current> stored =
        StoredArticles.lockCurrent(connection, byUrl.keySet());
    Map<String, List<StoredVersion>> history =
        StoredArticles.history(connection, idsWithLateEvents(byUrl, stored));

    Map<ArticleExtracted, IndexOutcome> outcomes = new IdentityHashMap<>();
    Map<String, VersionPlan> plans = new LinkedHashMap<>();
    for (Map.Entry<String, List<ArticleExtracted>> entry : byUrl.entrySet()) {
      StoredArticles.Current current = stored.get(entry.getKey());
      String id = entry.getValue().get(0).id();
      VersionTimeline timeline =
          current == null
              ? new VersionTimeline(null, List.of(), 0, List.of())
              : new VersionTimeline(
                  current.version(),
                  current.changed(),
                  current.versionNumber(),
                  history.getOrDefault(id, List.of()));
      VersionPlan plan = timeline.apply(entry.getValue());
      plans.put(entry.getKey(), plan);
      for (int i = 0; i < entry.getValue().size(); i++) {
        outcomes.put(entry.getValue().get(i), plan.outcomes().get(i));
      }
    }

    writeHistory(connection, plans, stored);
    writeCurrent(connection, plans, stored);

    List<String> changedIds = new ArrayList<>();
    plans.forEach(
        (url, plan) -> {
          if (plan.current() != null || plan.currentFix() != null) {
            changedIds.add(ArticleIds.forCanonicalUrl(url));
          }
        });
    return new Result(events.stream().map(outcomes::get).toList(), changedIds);
  }

  /** Ids of stored articles receiving an event older than their current row. */
  private static Set<String> idsWithLateEvents(
      Map<String, List<ArticleExtracted>> byUrl, Map<String, StoredArticles.Current> stored) {
    return stored.entrySet().stream()
        .filter(
            s ->
                byUrl
                    .get(s.getKey())
                    .get(0)
                    .extractedAt()
                    .isBefore(s.getValue().version().extractedAt()))
        .map(s -> s.getValue().id())
        .collect(Collectors.toSet());
  }

  private static void writeHistory(
      Connection c, Map<String, VersionPlan> plans, Map<String, StoredArticles.Current> stored)
      throws SQLException {
    try (PreparedStatement archive = c.prepareStatement(VersionHistory.ARCHIVE);
        PreparedStatement insert = c.prepareStatement(VersionHistory.INSERT);
        PreparedStatement fix = c.prepareStatement(VersionHistory.FIX_CHANGED)) {
      for (Map.Entry<String, VersionPlan> entry : plans.entrySet()) {
        VersionPlan plan = entry.getValue();
        if (plan.archiveStoredCurrent()) {
          archive.setString(1, stored.get(entry.getKey()).id());
          archive.addBatch();
        }
        for (VersionPlan.HistoryInsert h : plan.historyInserts()) {
          VersionHistory.addInsert(c, insert, h);
        }
        String id = ArticleIds.forCanonicalUrl(entry.getKey());
        for (VersionPlan.ChangedFix f : plan.historyFixes()) {
          VersionHistory.addFix(c, fix, id, f.extractedAt(), f.changed());
        }
      }
      archive.executeBatch();
      insert.executeBatch();
      fix.executeBatch();
    }
  }

  private void writeCurrent(
      Connection c, Map<String, VersionPlan> plans, Map<String, StoredArticles.Current> stored)
      throws SQLException {
    List<VersionPlan.Current> fresh = new ArrayList<>();
    for (Map.Entry<String, VersionPlan> entry : plans.entrySet()) {
      if (entry.getValue().current() != null && !stored.containsKey(entry.getKey())) {
        fresh.add(entry.getValue().current());
      }
    }
    Map<String, Signed> signed = sign(fresh);
    Map<String, String> storyIds = assignStories(c, fresh, signed);

    try (PreparedStatement upsert = c.prepareStatement(ArticleUpsert.SQL);
        PreparedStatement fix = c.prepareStatement(VersionHistory.FIX_CURRENT)) {
      for (Map.Entry<String, VersionPlan> entry : plans.entrySet()) {
        VersionPlan plan = entry.getValue();
        StoredArticles.Current current = stored.get(entry.getKey());
        if (plan.current() != null) {
          VersionPlan.Current next = plan.current();
          ArticleExtracted event = next.event();
          Signed sig = signed.containsKey(event.id()) ? signed.get(event.id()) : sign(next);
          String storyId = current != null ? current.storyId() : storyIds.get(event.id());
          ArticleUpsert.addBatch(
              c,
              upsert,
              event,
              new ArticleUpsert.Derived(
                  next.version(),
                  next.changed(),
                  next.fingerprint(),
                  sig.bodyHash,
                  storyId,
                  sig.signature,
                  sig.bands));
        } else if (plan.currentFix() != null) {
          VersionHistory.addCurrentFix(
              c, fix, current.id(), plan.currentFix().version(), plan.currentFix().changed());
        }
      }
      upsert.executeBatch();
      fix.executeBatch();
    }
  }

  /** A body's hash, MinHash signature and bands (the last two null for short bodies). */
  private record Signed(String bodyHash, boolean emptyBody, int[] signature, long[] bands) {}

  private Signed sign(VersionPlan.Current current) {
    ArticleExtracted e = current.event();
    int[] signature = MinHash.signature(e.bodyText(), stories.minShingles());
    return new Signed(
        current.bodyHash(),
        e.bodyText().isBlank(),
        signature,
        signature == null ? null : MinHash.bands(signature));
  }

  private Map<String, Signed> sign(List<VersionPlan.Current> fresh) {
    Map<String, Signed> signed = new LinkedHashMap<>();
    for (VersionPlan.Current f : fresh) {
      signed.put(f.event().id(), sign(f));
    }
    return signed;
  }

  /** Story ids of new articles: stored candidates first, then earlier articles of this batch. */
  private Map<String, String> assignStories(
      Connection c, List<VersionPlan.Current> fresh, Map<String, Signed> signed)
      throws SQLException {
    Map<String, String> storyIds = new LinkedHashMap<>();
    if (fresh.isEmpty()) {
      return storyIds;
    }
    // Two writers placing copies of one story at the same moment would not see each other's
    // uncommitted rows and start two stories; one lock, held until commit, serialises placement
    // across the replicas' writers (the first commits, the second then finds its row).
    try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
      lock.setLong(1, STORY_LOCK);
      lock.execute();
    }
    StoryCandidates candidates = loadCandidates(c, signed.values());
    for (VersionPlan.Current f : fresh) {
      String id = f.event().id();
      Signed s = signed.get(id);
      String storyId =
          stories
              .assigner()
              .assign(
                  id, s.bodyHash, s.emptyBody, s.signature, candidates.near(s.bodyHash, s.bands));
      storyIds.put(id, storyId);
      if (!s.emptyBody) {
        candidates.add(new StoryCandidate(id, storyId, s.bodyHash, s.signature), s.bands);
      }
    }
    return storyIds;
  }

  /**
   * Stored articles sharing a band or an exact body with any new article of the batch. Each article
   * probes the GIN index with its own 25 bands (a LATERAL join): one overlap test of all the
   * batch's bands at once would compare every row's bands with thousands of values, and the planner
   * may then prefer a sequential scan whose cost grows with the table.
   */
  private static StoryCandidates loadCandidates(Connection c, java.util.Collection<Signed> signed)
      throws SQLException {
    List<String> probes = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (Signed s : signed) {
      if (!s.emptyBody) {
        hashes.add(s.bodyHash);
      }
      if (s.bands != null) {
        StringBuilder literal = new StringBuilder("{");
        for (long band : s.bands) {
          literal.append(literal.length() == 1 ? "" : ",").append(band);
        }
        probes.add(literal.append('}').toString());
      }
    }
    StoryCandidates candidates = new StoryCandidates();
    String columns = "a.id, a.story_id, a.body_hash, a.minhash, a.lsh_bands, a.first_indexed_at";
    String sql =
        "SELECT DISTINCT "
            + columns
            + " FROM unnest(?::text[]) AS p(bands) JOIN LATERAL (SELECT * FROM article x"
            + " WHERE x.lsh_bands && p.bands::bigint[]) a ON true"
            + " UNION SELECT "
            + columns
            + " FROM article a WHERE a.body_hash = ANY(?)"
            + " ORDER BY first_indexed_at, id";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setArray(1, c.createArrayOf("text", probes.toArray()));
      s.setArray(2, c.createArrayOf("text", hashes.toArray()));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          candidates.add(
              new StoryCandidate(
                  r.getString(1), r.getString(2), r.getString(3), ints(r.getArray(4))),
              longs(r.getArray(5)));
        }
      }
    }
    return candidates;
  }

  private static int[] ints(Array array) throws SQLException {
    if (array == null) {
      return null;
    }
    Integer[] values = (Integer[]) array.getArray();
    int[] result = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i];
    }
    return result;
  }

  private static long[] longs(Array array) throws SQLException {
    if (array == null) {
      return null;
    }
    Long[] values = (Long[]) array.getArray();
    long[] result = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i];
    }
    return result;
  }
}
