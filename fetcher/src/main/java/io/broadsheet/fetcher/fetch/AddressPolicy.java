package io.broadsheet.fetcher.fetch;

import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Decides whether a host may be fetched, before every request (the first and each redirect). The
 * seam for the full SSRF guard: implementations may resolve the host and inspect its addresses.
 * Implementations must be thread-safe.
 */
public interface AddressPolicy {

  /**
   * Checks a host.
   *
   * @param host a host name or IP literal (IPv6 literals in brackets)
   * @return empty when the host may be fetched, otherwise why it may not
   * @throws UnknownHostException when the policy resolves the host and it does not resolve
   */
  Optional<String> blocked(String host) throws UnknownHostException;

  /** A policy that allows every host. */
  static AddressPolicy allowAll() {
    return host -> Optional.empty();
  }
}
