package io.broadsheet.fetcher.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Decides which addresses may be fetched. {@link ResourceDownloader} asks it about every address a
 * host resolves to, at connect time, and connects only to addresses it allowed (see {@link
 * AddressGuard}, the SSRF guard). Implementations must be thread-safe.
 */
public interface AddressPolicy {

  /**
   * Checks a host by name, resolving it when it is not a literal (for callers that want an answer
   * before connecting; the connection itself is checked by address).
   *
   * @param host a host name or IP literal (IPv6 literals in brackets)
   * @return empty when the host may be fetched, otherwise why it may not
   * @throws UnknownHostException when the policy resolves the host and it does not resolve
   */
  Optional<String> blocked(String host) throws UnknownHostException;

  /**
   * Checks one resolved address; by default as the host literal it is.
   *
   * @return empty when the address may be connected to, otherwise why it may not
   */
  default Optional<String> blocked(InetAddress address) throws UnknownHostException {
    String literal = address.getHostAddress();
    return blocked(literal.contains(":") ? "[" + literal + "]" : literal);
  }

  /** A policy that allows every host. */
  static AddressPolicy allowAll() {
    return host -> Optional.empty();
  }
}
