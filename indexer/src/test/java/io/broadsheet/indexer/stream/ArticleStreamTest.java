package io.broadsheet.indexer.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.indexer.fixtures.ArticleBuilder;
import io.broadsheet.indexer.fixtures.Publish;
import io.broadsheet.testsupport.KafkaTestResource;
import io.broadsheet.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** {@code GET /articles/stream} sends each newly indexed article as a Server-Sent Event. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ArticleStreamTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @TestHTTPResource("/articles/stream")
  URI stream;

  @Test
  void anArticleIndexedAfterConnectingArrivesAsAnArticleEvent() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(stream).header("Accept", "text/event-stream").GET().build();
    CompletableFuture<HttpResponse<Stream<String>>> response =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
    HttpResponse<Stream<String>> open = response.get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(open.statusCode()).isEqualTo(200);
    assertThat(open.headers().firstValue("content-type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    Thread reader = new Thread(() -> open.body().forEach(lines::add));
    reader.setDaemon(true);
    reader.start();

    ArticleExtracted article =
        ArticleBuilder.at("https://stream.example.org/" + UUID.randomUUID())
            .title("Live from the stream")
            .build();
    // The subscription is registered asynchronously; publish until the event shows up.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              if (!lines.contains("id:" + article.id()) && !lines.contains("id: " + article.id())) {
                Publish.article(
                    bootstrap,
                    ArticleBuilder.at(article.canonicalUrl())
                        .title("Live from the stream")
                        .extractedAt(java.time.Instant.now())
                        .build());
              }
              assertThat(lines).anySatisfy(l -> assertThat(l).matches("id: ?" + article.id()));
            });
    int idLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("id: ?" + article.id())) {
        idLine = i;
        break;
      }
    }
    List<String> event = lines.subList(Math.max(0, idLine - 3), Math.min(lines.size(), idLine + 4));
    assertThat(event).anySatisfy(l -> assertThat(l).matches("event: ?article"));
    assertThat(event)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("data:")
                    .contains("\"title\":\"Live from the stream\"")
                    .contains("\"id\":\"" + article.id() + "\""));
    response.cancel(true);
  }
}
