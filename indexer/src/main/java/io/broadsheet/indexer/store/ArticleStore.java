package io.broadsheet.indexer.store;

import io.broadsheet.events.ArticleExtracted;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Reads and writes the {@code article} table. Every method runs in the caller's transaction. */
@ApplicationScoped
public class ArticleStore {

  private static final String ORDER = " order by a.sortAt desc, a.id desc";

  private final EntityManager entityManager;

  public ArticleStore(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Inserts the article or replaces an older extraction of it; see {@link ArticleUpsert}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public IndexOutcome upsert(ArticleExtracted event) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(connection -> ArticleUpsert.execute(connection, event));
  }

  /** Up to {@code limit} articles after {@code after} (null: from the newest), newest first. */
  public ArticleSlice page(ListingCursor after, int limit) {
    List<Article> found;
    if (after == null) {
      found = Article.<Article>find("from Article a" + ORDER).page(0, limit + 1).list();
    } else {
      found =
          Article.<Article>find(
                  "from Article a where a.sortAt < :at or (a.sortAt = :at and a.id < :id)" + ORDER,
                  Parameters.with("at", after.sortAt()).and("id", after.id()))
              .page(0, limit + 1)
              .list();
    }
    if (found.size() <= limit) {
      return new ArticleSlice(found, null);
    }
    List<Article> items = new ArrayList<>(found.subList(0, limit));
    Article last = items.get(items.size() - 1);
    return new ArticleSlice(items, new ListingCursor(last.sortAt, last.id));
  }

  public Optional<Article> findById(String id) {
    return Article.findByIdOptional(id);
  }
}
