package io.broadsheet.fetcher.fetch;

import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.pool.PoolReusePolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Apache HttpClient 5 (classic) behind {@link ResourceDownloader}: a pooled connection
 * manager whose resolver is the SSRF guard, whose pool caps connections in total and per host, and
 * a client that does nothing on its own — no redirects, no retries, no decompression, no cookies,
 * no proxy — because the downloader does each of those itself, under its own rules.
 */
final class PooledHttpClient {

  private PooledHttpClient() {}

  /**
   * The client.
   *
   * @param sslContext trust for HTTPS, or null for the JVM's default trust store
   */
  static CloseableHttpClient create(
      FetchSettings settings, DnsResolver resolver, SSLContext sslContext) {
    Timeout read = Timeout.of(settings.readTimeout());
    PoolingHttpClientConnectionManager pool =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(resolver)
            .setTlsSocketStrategy(
                sslContext == null
                    ? DefaultClientTlsStrategy.createDefault()
                    : new DefaultClientTlsStrategy(sslContext))
            .setMaxConnTotal(settings.maxConnections())
            .setMaxConnPerRoute(settings.maxConnectionsPerHost())
            .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.STRICT)
            .setConnPoolPolicy(PoolReusePolicy.LIFO)
            .setDefaultSocketConfig(
                SocketConfig.custom().setSoTimeout(read).setTcpNoDelay(true).build())
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                    .setSocketTimeout(read)
                    .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                    .setTimeToLive(TimeValue.ofMinutes(5))
                    .build())
            .build();
    return HttpClients.custom()
        .setConnectionManager(pool)
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableContentCompression()
        .disableCookieManagement()
        .disableAuthCaching()
        .setUserAgent(settings.userAgent())
        .evictExpiredConnections()
        .evictIdleConnections(TimeValue.ofSeconds(30))
        .build();
  }
}
