package io.broadsheet.fetcher.fetch;

import io.broadsheet.events.Reasons;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;

/** Names what went wrong on the wire with a stable {@link Reasons} code. */
final class TransportFailures {

  private final FetchSettings settings;

  TransportFailures(FetchSettings settings) {
    this.settings = settings;
  }

  /**
   * The failure for an exception while connecting to, or reading from, {@code url}.
   *
   * @param deadlinePassed whether the download's deadline aborted the request
   * @param redirectedFrom the URL that redirected here, or null on the first hop
   */
  FetchOutcome.Failed of(
      String requestedUrl,
      String url,
      String host,
      IOException e,
      boolean deadlinePassed,
      String redirectedFrom) {
    String via = redirectedFrom == null ? "" : " (redirected from " + redirectedFrom + ")";
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BlockedAddressException blocked) {
        return failed(requestedUrl, Reasons.BLOCKED, blocked.getMessage() + via);
      }
    }
    if (deadlinePassed) {
      return failed(requestedUrl, Reasons.TIMEOUT, deadline() + " (at " + url + ")");
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException unknown) {
        return failed(requestedUrl, Reasons.DNS, "unknown host " + host + dnsDetail(unknown) + via);
      }
      if (t instanceof SSLException || t instanceof CertificateException) {
        return failed(
            requestedUrl, Reasons.TLS, "TLS with " + url + " failed: " + t.getMessage() + via);
      }
      if (t instanceof ConnectTimeoutException) {
        return failed(
            requestedUrl,
            Reasons.TIMEOUT,
            "no connection to " + url + " within " + settings.connectTimeout() + via);
      }
      if (t instanceof SocketTimeoutException) {
        return failed(
            requestedUrl,
            Reasons.TIMEOUT,
            "no data from " + url + " for read-timeout " + settings.readTimeout() + via);
      }
      if (t instanceof ConnectException) {
        return failed(requestedUrl, Reasons.CONNECTION, "connection refused by " + url + via);
      }
    }
    return failed(requestedUrl, Reasons.CONNECTION, "connection failed to " + url + ": " + e + via);
  }

  /** "no complete response within PT30S". */
  String deadline() {
    return "no complete response within " + settings.requestTimeout();
  }

  private static String dnsDetail(UnknownHostException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? "" : " (" + message + ")";
  }

  private static FetchOutcome.Failed failed(String url, String reason, String detail) {
    return new FetchOutcome.Failed(url, reason, detail);
  }
}
