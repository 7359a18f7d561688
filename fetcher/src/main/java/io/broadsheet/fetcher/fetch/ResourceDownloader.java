package io.broadsheet.fetcher.fetch;

import io.broadsheet.events.Reasons;
import io.broadsheet.fetcher.url.UrlNormalizer;
import io.broadsheet.fetcher.url.UrlVerdict;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.apache.hc.core5.util.Timeout;

/**
 * The {@link ResourceClient} on Apache HttpClient 5 (classic, pooled connections). The SSRF guard
 * runs in the client's resolver ({@link GuardedDnsResolver}), so every connection — first hop and
 * redirects alike — goes only to an address the {@link AddressPolicy} allowed. Follows redirects
 * itself (chain recorded, loops and excess refused), sends conditional GETs, asks for and decodes
 * gzip/deflate/br with a cap on the decoded bytes (closing the connection rather than draining it
 * when the cap is hit), refuses unwanted media types before reading their body, and enforces a read
 * timeout per wait plus one deadline over the whole download. Every failure becomes a {@link
 * FetchOutcome.Failed} with a {@link Reasons} code; it never throws. Thread-safe: one instance
 * serves all workers; {@link #close()} releases the pool.
 */
public final class ResourceDownloader implements ResourceClient, AutoCloseable {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  /** Bodies of redirects and errors up to this size are read off so the connection is reused. */
  private static final long DRAIN_LIMIT = 16 * 1024;

  private final FetchSettings settings;
  private final UrlNormalizer normalizer = new UrlNormalizer();
  private final CloseableHttpClient client;
  private final TransportFailures failures;
  private final ResponseReader reader;
  private final ScheduledExecutorService watchdog;

  /** A downloader on the system's DNS and trust store. */
  public ResourceDownloader(FetchSettings settings, AddressPolicy addressPolicy, Clock clock) {
    this(settings, addressPolicy, clock, null);
  }

  /**
   * A downloader trusting {@code sslContext} for HTTPS.
   *
   * @param sslContext trust for HTTPS, or null for the JVM's default trust store
   */
  public ResourceDownloader(
      FetchSettings settings, AddressPolicy addressPolicy, Clock clock, SSLContext sslContext) {
    this(settings, GuardedDnsResolver.system(addressPolicy), clock, sslContext);
  }

  /** A downloader whose resolver is given (tests stand in for DNS through it). */
  ResourceDownloader(
      FetchSettings settings, DnsResolver resolver, Clock clock, SSLContext sslContext) {
    this.settings = settings;
    this.client = PooledHttpClient.create(settings, resolver, sslContext);
    this.failures = new TransportFailures(settings);
    this.reader = new ResponseReader(clock);
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
    try (Deadline deadline = new Deadline(settings.requestTimeout())) {
      return follow(resource, deadline);
    } catch (RuntimeException e) {
      return failed(resource.url(), Reasons.CONNECTION, "unexpected failure: " + e);
    }
  }

  private ResourceOutcome follow(ResourceRequest resource, Deadline deadline) {
    String requestedUrl = resource.url();
    UrlVerdict verdict = check(requestedUrl);
    if (verdict instanceof UrlVerdict.Invalid invalid) {
      return failed(requestedUrl, Reasons.INVALID_URL, invalid.reason());
    }
    UrlVerdict.Valid current = (UrlVerdict.Valid) verdict;
    List<String> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    seen.add(current.url());
    String previous = null;
    while (true) {
      HttpGet get = request(resource, current.url(), deadline.remaining());
      deadline.watch(get);
      ClassicHttpResponse response;
      try {
        response = client.executeOpen(null, get, HttpClientContext.create());
      } catch (IOException e) {
        return failures.of(
            requestedUrl, current.url(), current.host(), e, deadline.passed(), previous);
      }
      int status = response.getCode();
      if (!REDIRECTS.contains(status)) {
        try {
          return reader.complete(resource, current.url(), chain, get, response);
        } catch (IOException e) {
          abort(get, response);
          return failures.of(
              requestedUrl, current.url(), current.host(), e, deadline.passed(), previous);
        }
      }
      release(get, response);
      Header location = response.getFirstHeader("Location");
      if (location == null || location.getValue().isBlank()) {
        return failed(
            requestedUrl, Reasons.http(status), "redirect without Location from " + current.url());
      }
      UrlVerdict next = resolve(current.url(), location.getValue());
      if (next instanceof UrlVerdict.Invalid invalid) {
        return failed(
            requestedUrl,
            Reasons.INVALID_URL,
            "redirect to " + location.getValue() + ": " + invalid.reason());
      }
      if (chain.isEmpty()) {
        chain.add(current.url());
      }
      previous = current.url();
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

  /** Reads IPv4 spellings as browsers do, then normalises. */
  private UrlVerdict check(String url) {
    try {
      return normalizer.check(IpLiterals.canonicalIpv4Host(url));
    } catch (IllegalArgumentException e) {
      return new UrlVerdict.Invalid(url, e.getMessage());
    }
  }

  private UrlVerdict resolve(String base, String location) {
    try {
      return check(URI.create(base).resolve(location.strip()).toString());
    } catch (IllegalArgumentException e) {
      // Not a valid URI reference as it stands: let the normaliser escape and judge it whole.
      return check(location.strip());
    }
  }

  private HttpGet request(ResourceRequest resource, String url, Duration remaining) {
    HttpGet get = new HttpGet(URI.create(url));
    get.setConfig(
        RequestConfig.custom()
            .setConnectionRequestTimeout(Timeout.of(positive(remaining)))
            .setResponseTimeout(Timeout.of(settings.readTimeout()))
            .setRedirectsEnabled(false)
            .build());
    get.setHeader("User-Agent", settings.userAgent());
    get.setHeader("Accept", resource.acceptHeader());
    get.setHeader("Accept-Encoding", BodyReader.ACCEPT_ENCODING);
    if (resource.etag() != null) {
      get.setHeader("If-None-Match", resource.etag());
    }
    if (resource.lastModified() != null) {
      get.setHeader("If-Modified-Since", resource.lastModified());
    }
    return get;
  }

  /** Reads off a small body so the connection returns to the pool; closes it otherwise. */
  static void release(HttpGet get, ClassicHttpResponse response) {
    HttpEntity entity = response.getEntity();
    if (entity == null) {
      closeQuietly(response);
      return;
    }
    long length = entity.getContentLength();
    if (length < 0 || length > DRAIN_LIMIT) {
      abort(get, response);
      return;
    }
    try (InputStream in = entity.getContent()) {
      in.readNBytes((int) length + 1);
    } catch (IOException e) {
      abort(get, response);
      return;
    }
    closeQuietly(response);
  }

  /** Closes the connection at once, without reading what is left of the response. */
  static void abort(HttpGet get, ClassicHttpResponse response) {
    get.cancel();
    if (response instanceof ModalCloseable modal) {
      modal.close(CloseMode.IMMEDIATE);
    } else {
      closeQuietly(response);
    }
  }

  static void closeQuietly(ClassicHttpResponse response) {
    try {
      response.close();
    } catch (IOException ignored) {
      // the connection is discarded either way
    }
  }

  private static Duration positive(Duration d) {
    return d.isNegative() || d.isZero() ? Duration.ofMillis(1) : d;
  }

  private static FetchOutcome.Failed failed(String url, String reason, String detail) {
    return new FetchOutcome.Failed(url, reason, detail);
  }

  /** Closes the pool and its connections. */
  @Override
  public void close() {
    client.close(CloseMode.GRACEFUL);
    watchdog.shutdownNow();
  }

  /** One deadline over a whole download: when it passes, the request in flight is aborted. */
  private final class Deadline implements AutoCloseable {
    private final long endNanos;
    private final AtomicReference<HttpGet> inFlight = new AtomicReference<>();
    private final AtomicBoolean passed = new AtomicBoolean();
    private final ScheduledFuture<?> alarm;

    Deadline(Duration timeout) {
      endNanos = System.nanoTime() + timeout.toNanos();
      alarm = watchdog.schedule(this::fire, timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    void watch(HttpGet get) {
      inFlight.set(get);
      if (passed.get()) {
        get.cancel();
      }
    }

    Duration remaining() {
      return Duration.ofNanos(endNanos - System.nanoTime());
    }

    boolean passed() {
      return passed.get();
    }

    private void fire() {
      passed.set(true);
      HttpGet get = inFlight.get();
      if (get != null) {
        get.cancel();
      }
    }

    @Override
    public void close() {
      alarm.cancel(false);
    }
  }
}
