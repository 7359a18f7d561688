package io.broadsheet.fetcher.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Minimal guard: blocks hosts that resolve to a loopback, wildcard, site-local (RFC 1918), IPv6
 * unique-local, link-local or multicast address. It resolves the name itself, so a later resolution
 * by the HTTP client could differ (DNS rebinding): closing that gap is the full SSRF guard's job.
 */
public final class PrivateAddressPolicy implements AddressPolicy {

  @Override
  public Optional<String> blocked(String host) throws UnknownHostException {
    String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    for (InetAddress address : InetAddress.getAllByName(name)) {
      String kind = privateKind(address);
      if (kind != null) {
        return Optional.of(
            host + " resolves to " + address.getHostAddress() + " (" + kind + " address)");
      }
    }
    return Optional.empty();
  }

  private static String privateKind(InetAddress address) {
    if (address.isLoopbackAddress()) {
      return "loopback";
    }
    if (address.isAnyLocalAddress()) {
      return "wildcard";
    }
    if (address.isLinkLocalAddress()) {
      return "link-local";
    }
    if (address.isSiteLocalAddress()) {
      return "site-local";
    }
    if (address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc) {
      return "unique-local";
    }
    if (address.isMulticastAddress()) {
      return "multicast";
    }
    return null;
  }
}
