package io.broadsheet.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A service's readiness as Quarkus reports it: {@code GET /q/health/ready} answers 200. */
public final class Readiness {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** Whether the service at {@code baseUri} is ready now; no answer counts as not ready. */
  public static boolean isReady(URI baseUri) {
    HttpRequest request =
        HttpRequest.newBuilder(baseUri.resolve("/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private Readiness() {}
}
