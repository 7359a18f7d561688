package io.broadsheet.indexer.stream;

import io.agroal.api.AgroalDataSource;
import io.broadsheet.indexer.store.Article;
import io.broadsheet.indexer.store.ArticleStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Newly indexed articles, as they commit, for {@code GET /articles/stream}. Fed by PostgreSQL
 * {@code LISTEN} on {@link ArticleStore#NOTIFY_CHANNEL}: the batch writer notifies inside its
 * transaction, PostgreSQL delivers only committed notifications and delivers them to every
 * listening connection, so each indexer replica streams every article, whichever replica indexed
 * it. Articles are read only while someone is subscribed. A lost database connection is re-opened;
 * what was committed while it was down is not replayed (the stream is a live feed, the API the
 * record).
 */
@ApplicationScoped
public class IndexedArticleFeed {

  private static final Logger LOG = Logger.getLogger(IndexedArticleFeed.class);

  private final AgroalDataSource dataSource;
  private final BroadcastProcessor<Article> processor = BroadcastProcessor.create();
  private final AtomicInteger subscribers = new AtomicInteger();
  private volatile boolean running;
  private Thread thread;

  public IndexedArticleFeed(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Articles indexed from now on; slow subscribers lose articles rather than hold others back. */
  public Multi<Article> articles() {
    return processor
        .onSubscription()
        .invoke(() -> subscribers.incrementAndGet())
        .onTermination()
        .invoke(() -> subscribers.decrementAndGet())
        .onOverflow()
        .drop();
  }

  void start(@Observes StartupEvent event) {
    running = true;
    thread = new Thread(this::listen, "indexed-article-feed");
    thread.setDaemon(true);
    thread.start();
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
    processor.onComplete();
  }

  private void listen() {
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        try (Statement s = connection.createStatement()) {
          s.execute("LISTEN " + ArticleStore.NOTIFY_CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(1000);
          if (notifications != null && notifications.length > 0 && subscribers.get() > 0) {
            publish(notifications);
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          LOG.warnf("live feed lost its database connection, reconnecting: %s", e.getMessage());
          pause();
        }
      }
    }
  }

  private void publish(PGNotification[] notifications) {
    List<String> ids = new ArrayList<>();
    for (PGNotification n : notifications) {
      ids.addAll(Arrays.asList(n.getParameter().split(",")));
    }
    List<Article> articles =
        QuarkusTransaction.requiringNew().call(() -> Article.<Article>list("id in ?1", ids));
    articles.sort(Comparator.comparing((Article a) -> a.lastIndexedAt).thenComparing(a -> a.id));
    articles.forEach(processor::onNext);
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
