package io.broadsheet.fetcher.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * The HTTP client's resolver, and the SSRF guard's enforcement point: it reads IP literals the way
 * browsers do ({@link IpLiterals}), looks names up, puts every address through the {@link
 * AddressPolicy} and hands the connection manager only the addresses the policy allowed. The client
 * connects to nothing else, so the address checked is the address connected to: there is no window
 * between a check and a second lookup for DNS rebinding to use. When every address is refused it
 * throws {@link BlockedAddressException}. Thread-safe.
 */
final class GuardedDnsResolver implements DnsResolver {

  /** Looks a host name up (the system resolver, or a stand-in in tests). */
  @FunctionalInterface
  interface Lookup {
    InetAddress[] lookup(String name) throws UnknownHostException;
  }

  private final AddressPolicy policy;
  private final Lookup lookup;

  GuardedDnsResolver(AddressPolicy policy, Lookup lookup) {
    this.policy = policy;
    this.lookup = lookup;
  }

  /** A resolver on the system's DNS. */
  static GuardedDnsResolver system(AddressPolicy policy) {
    return new GuardedDnsResolver(policy, SystemDefaultDnsResolver.INSTANCE::resolve);
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    List<InetAddress> vetted = new ArrayList<>();
    String refused = null;
    for (InetAddress address : literalOrLookup(host, lookup)) {
      Optional<String> why = policy.blocked(address);
      if (why.isEmpty()) {
        vetted.add(address);
      } else if (refused == null) {
        refused = describe(host, why.get());
      }
    }
    if (vetted.isEmpty()) {
      throw new BlockedAddressException(refused);
    }
    return vetted.toArray(new InetAddress[0]);
  }

  @Override
  public String resolveCanonicalHostname(String host) throws UnknownHostException {
    return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
  }

  /**
   * The addresses of {@code host}: itself when it is an IP literal (IPv4 in any browser spelling,
   * IPv6 with or without brackets), else what {@code lookup} finds.
   */
  static InetAddress[] literalOrLookup(String host, Lookup lookup) throws UnknownHostException {
    String name =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    Optional<byte[]> ipv4;
    try {
      ipv4 = IpLiterals.ipv4(name);
    } catch (IllegalArgumentException e) {
      throw new UnknownHostException(e.getMessage());
    }
    if (ipv4.isPresent()) {
      return new InetAddress[] {InetAddress.getByAddress(ipv4.get())};
    }
    if (name.contains(":")) {
      try {
        return new InetAddress[] {InetAddress.getByAddress(IpLiterals.ipv6(name))};
      } catch (IllegalArgumentException e) {
        throw new UnknownHostException(e.getMessage());
      }
    }
    InetAddress[] found = lookup.lookup(name);
    if (found == null || found.length == 0) {
      throw new UnknownHostException(name);
    }
    return found;
  }

  /** "127.0.0.1 is loopback (...)", or "example.test resolves to 127.0.0.1, which is ...". */
  static String describe(String host, String why) {
    String name =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (why.startsWith(name + " is ") || name.contains(":")) {
      return why; // the host is the address
    }
    int is = why.indexOf(" is ");
    if (is < 0) {
      return "host " + host + ": " + why;
    }
    return "host " + host + " resolves to " + why.substring(0, is) + ", which" + why.substring(is);
  }
}
