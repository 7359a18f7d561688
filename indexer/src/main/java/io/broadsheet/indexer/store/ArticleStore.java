package io.broadsheet.indexer.store;

import io.broadsheet.events.ArticleExtracted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Reads and writes the {@code article} table. Every method runs in the caller's transaction. */
@ApplicationScoped
public class ArticleStore {

  /** The PostgreSQL notification channel announcing indexed article ids (comma-separated). */
  public static final String NOTIFY_CHANNEL = "broadsheet_articles";

  /** NOTIFY payloads must stay under 8,000 bytes; ids are 32 characters plus a comma. */
  private static final int IDS_PER_NOTIFICATION = 200;

  private final EntityManager entityManager;
  private final ArticleBatchWriter writer;

  public ArticleStore(EntityManager entityManager, ArticleBatchWriter writer) {
    this.entityManager = entityManager;
    this.writer = writer;
  }

  /**
   * Indexes a batch (see {@link ArticleBatchWriter}) and announces the changed articles on {@link
   * #NOTIFY_CHANNEL}. PostgreSQL delivers the notification only if the transaction commits, to
   * every indexer replica listening, so each replica's live stream sees every article.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public ArticleBatchWriter.Result write(List<ArticleExtracted> events) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              ArticleBatchWriter.Result result = writer.write(connection, events);
              try (PreparedStatement configs =
                  connection.prepareStatement(
                      "INSERT INTO search_config_in_use SELECT DISTINCT broadsheet_ts_config(l)"
                          + " FROM unnest(?) AS l ON CONFLICT DO NOTHING")) {
                configs.setArray(
                    1,
                    connection.createArrayOf(
                        "text",
                        events.stream().map(ArticleExtracted::language).distinct().toArray()));
                configs.execute();
              }
              List<String> ids = result.changedIds();
              try (PreparedStatement notify =
                  connection.prepareStatement("SELECT pg_notify('" + NOTIFY_CHANNEL + "', ?)")) {
                for (int from = 0; from < ids.size(); from += IDS_PER_NOTIFICATION) {
                  notify.setString(
                      1,
                      String.join(
                          ",",
                          ids.subList(from, Math.min(ids.size(), from + IDS_PER_NOTIFICATION))));
                  notify.execute();
                }
              }
              return result;
            });
  }

  public Optional<Article> findById(String id) {
    return Article.findByIdOptional(id);
  }
}
