package io.broadsheet.fetcher.fetch;

import io.broadsheet.events.Reasons;
import io.broadsheet.fetcher.url.UrlNormalizer;
import io.broadsheet.fetcher.url.UrlVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipException;

/**
 * The {@link ResourceClient} on the JDK's HTTP client. Follows redirects itself (so each hop passes
 * the {@link AddressPolicy} and the chain is recorded), sends conditional GETs, asks for
 * gzip/deflate and decodes it with a cap on the decoded bytes, refuses unwanted media types before
 * reading their body, and enforces one deadline over the whole download. Every failure becomes a
 * {@link FetchOutcome.Failed} with a {@link Reasons} code; it never throws. Thread-safe: one
 * instance serves all workers.
 */
public final class ResourceDownloader implements ResourceClient {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final FetchSettings settings;
  private final AddressPolicy addressPolicy;
  private final UrlNormalizer normalizer;
  private final HttpClient client;
  private final Clock clock;
  private final ScheduledExecutorService watchdog;

  public ResourceDownloader(FetchSettings settings, AddressPolicy addressPolicy, Clock clock) {
    this.settings = settings;
    this.addressPolicy = addressPolicy;
    this.normalizer = new UrlNormalizer();
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.watchdog =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "fetch-deadline");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public ResourceOutcome get(ResourceRequest resource) {
    String requestedUrl = resource.url();
    Instant deadline = clock.instant().plus(settings.requestTimeout());
    UrlVerdict verdict = normalizer.check(requestedUrl);
    if (verdict instanceof UrlVerdict.Invalid invalid) {
      return failed(requestedUrl, Reasons.INVALID_URL, invalid.reason());
    }
    UrlVerdict.Valid current = (UrlVerdict.Valid) verdict;
    List<String> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(current.url());
    while (true) {
      Optional<ResourceOutcome> blocked = checkPolicy(requestedUrl, current);
      if (blocked.isPresent()) {
        return blocked.get();
      }
      Duration remaining = Duration.between(clock.instant(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        return failed(requestedUrl, Reasons.TIMEOUT, timeoutDetail());
      }
      HttpResponse<InputStream> response;
      try {
        response =
            client.send(
                request(resource, current.url(), remaining),
                HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        return failed(requestedUrl, Reasons.TIMEOUT, timeoutDetail() + ": " + e.getMessage());
      } catch (IOException e) {
        return connectionFailure(requestedUrl, current, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failed(requestedUrl, Reasons.TIMEOUT, "interrupted while fetching " + current.url());
      }
      int status = response.statusCode();
      if (!REDIRECTS.contains(status)) {
        return complete(resource, current.url(), chain, response, deadline);
      }
      close(response.body());
      Optional<String> location = response.headers().firstValue("Location");
      if (location.isEmpty()) {
        return failed(
            requestedUrl, Reasons.http(status), "redirect without Location from " + current.url());
      }
      UrlVerdict next = resolve(current.url(), location.get());
      if (next instanceof UrlVerdict.Invalid invalid) {
        return failed(
            requestedUrl,
            Reasons.INVALID_URL,
            "redirect to " + location.get() + ": " + invalid.reason());
      }
      if (chain.isEmpty()) {
        chain.add(current.url());
      }
      current = (UrlVerdict.Valid) next;
      chain.add(current.url());
      if (!seen.add(current.url())) {
        return failed(
            requestedUrl, Reasons.REDIRECT_LOOP, "redirect loop: " + String.join(" -> ", chain));
      }
      if (chain.size() - 1 > settings.maxRedirects()) {
        return failed(
            requestedUrl,
            Reasons.REDIRECT_LOOP,
            "more than " + settings.maxRedirects() + " redirects: " + String.join(" -> ", chain));
      }
    }
  }

  private ResourceOutcome complete(
      ResourceRequest resource,
      String finalUrl,
      List<String> chain,
      HttpResponse<InputStream> response,
      Instant deadline) {
    String requestedUrl = resource.url();
    long maxBodyBytes = resource.maxBodyBytes();
    int status = response.statusCode();
    ContentType type =
        ContentType.parse(response.headers().firstValue("Content-Type").orElse(null));
    var headers = response.headers();
    if (status == 304) {
      close(response.body());
      return new ResourceOutcome.Received(
          requestedUrl,
          finalUrl,
          chain,
          status,
          type,
          headers.firstValue("ETag").orElse(resource.etag()),
          headers.firstValue("Last-Modified").orElse(resource.lastModified()),
          headers.firstValue("Content-Language").orElse(null),
          clock.instant(),
          new byte[0]);
    }
    if (status < 200 || status > 299) {
      close(response.body());
      return new FetchOutcome.Failed(
          requestedUrl,
          Reasons.http(status),
          "HTTP " + status + " from " + finalUrl,
          RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant())
              .orElse(null));
    }
    if (!resource.accept().test(type)) {
      close(response.body());
      String given =
          type.mediaType() == null ? "no Content-Type" : "Content-Type " + type.mediaType();
      return failed(requestedUrl, Reasons.UNSUPPORTED_TYPE, given + " from " + finalUrl);
    }
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > maxBodyBytes) {
      close(response.body());
      return failed(
          requestedUrl,
          Reasons.TOO_LARGE,
          "Content-Length " + declared + " exceeds " + maxBodyBytes + " bytes");
    }
    byte[] body;
    Duration remaining = Duration.between(clock.instant(), deadline);
    InputStream stream = response.body();
    ScheduledFuture<?> alarm =
        watchdog.schedule(
            () -> close(stream), Math.max(1, remaining.toMillis()), TimeUnit.MILLISECONDS);
    try {
      body =
          BodyReader.read(
              stream, response.headers().firstValue("Content-Encoding").orElse(null), maxBodyBytes);
    } catch (BodyReader.TooLargeException e) {
      return failed(requestedUrl, Reasons.TOO_LARGE, e.getMessage() + " from " + finalUrl);
    } catch (BodyReader.UnsupportedEncodingException e) {
      return failed(requestedUrl, Reasons.UNSUPPORTED_TYPE, e.getMessage() + " from " + finalUrl);
    } catch (ZipException e) {
      return failed(
          requestedUrl,
          Reasons.UNPARSEABLE,
          "corrupt compressed body from " + finalUrl + ": " + e.getMessage());
    } catch (IOException e) {
      if (!clock.instant().isBefore(deadline)) {
        return failed(requestedUrl, Reasons.TIMEOUT, timeoutDetail() + " reading the body");
      }
      return failed(requestedUrl, Reasons.CONNECTION, "reading the body of " + finalUrl + ": " + e);
    } finally {
      alarm.cancel(false);
    }
    if (!clock.instant().isBefore(deadline)) {
      // The watchdog closed the stream, which reads as a (truncated) end of body.
      return failed(requestedUrl, Reasons.TIMEOUT, timeoutDetail() + " reading the body");
    }
    return new ResourceOutcome.Received(
        requestedUrl,
        finalUrl,
        chain,
        status,
        type,
        headers.firstValue("ETag").orElse(null),
        headers.firstValue("Last-Modified").orElse(null),
        headers.firstValue("Content-Language").orElse(null),
        clock.instant(),
        body);
  }

  private Optional<ResourceOutcome> checkPolicy(String requestedUrl, UrlVerdict.Valid url) {
    try {
      return addressPolicy
          .blocked(url.host())
          .map(why -> failed(requestedUrl, Reasons.BLOCKED, why));
    } catch (UnknownHostException e) {
      return Optional.of(failed(requestedUrl, Reasons.DNS, "unknown host " + url.host()));
    }
  }

  private UrlVerdict resolve(String base, String location) {
    try {
      return normalizer.check(URI.create(base).resolve(location.strip()).toString());
    } catch (IllegalArgumentException e) {
      // Not a valid URI reference as it stands: let the normaliser escape and judge it whole.
      return normalizer.check(location.strip());
    }
  }

  private HttpRequest request(ResourceRequest resource, String url, Duration timeout) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .header("User-Agent", settings.userAgent())
            .header("Accept", resource.acceptHeader())
            .header("Accept-Encoding", "gzip, deflate");
    if (resource.etag() != null) {
      builder.header("If-None-Match", resource.etag());
    }
    if (resource.lastModified() != null) {
      builder.header("If-Modified-Since", resource.lastModified());
    }
    return builder.GET().build();
  }

  private ResourceOutcome connectionFailure(
      String requestedUrl, UrlVerdict.Valid url, IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return failed(requestedUrl, Reasons.DNS, "unknown host " + url.host());
      }
      if (t instanceof HttpTimeoutException) {
        return failed(requestedUrl, Reasons.TIMEOUT, timeoutDetail());
      }
    }
    String what =
        e instanceof ConnectException ? "connection refused by " : "connection failed to ";
    return failed(requestedUrl, Reasons.CONNECTION, what + url.url() + ": " + e);
  }

  private String timeoutDetail() {
    return "no complete response within " + settings.requestTimeout();
  }

  private static FetchOutcome.Failed failed(String url, String reason, String detail) {
    return new FetchOutcome.Failed(url, reason, detail);
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing more to release
    }
  }
}
