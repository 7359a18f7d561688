package io.broadsheet.fetcher.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SSRF guard: refuses every address that is not a public unicast one — loopback, private (RFC
 * 1918), link-local (cloud metadata at 169.254.169.254 included), shared CGNAT space, "this
 * network", documentation, benchmarking, multicast, broadcast and reserved IPv4; for IPv6 anything
 * outside global unicast (loopback, unspecified, unique-local, link-local, site-local, multicast,
 * documentation, discard) and the IPv6 forms that embed an IPv4 address (mapped, compatible,
 * translated, NAT64, 6to4, Teredo) when the embedded address is refused. Ranges on the allow-list
 * are let through (the local stack and tests allow their loopback fixtures). Thread-safe.
 */
public final class AddressGuard implements AddressPolicy {

  /** What {@code broadsheet.fetch.allow-loopback} allows: 127.0.0.0/8 and ::1. */
  public static final List<Cidr> LOOPBACK = List.of(Cidr.parse("127.0.0.0/8"), Cidr.parse("::1"));

  private record Rule(Cidr range, String name) {
    String describe() {
      return name + " (" + range + ")";
    }
  }

  /** An IPv6 range whose addresses carry an IPv4 address at {@code offset}, possibly inverted. */
  private record Embedding(Cidr range, String name, int offset, boolean inverted) {}

  private static final List<Rule> IPV4 =
      rules(
          "0.0.0.0/8", "this network",
          "10.0.0.0/8", "private",
          "100.64.0.0/10", "shared address space (CGNAT)",
          "127.0.0.0/8", "loopback",
          "169.254.169.254/32", "cloud metadata endpoint",
          "169.254.0.0/16", "link-local",
          "172.16.0.0/12", "private",
          "192.0.0.0/24", "IETF protocol assignments",
          "192.0.2.0/24", "documentation",
          "192.88.99.0/24", "6to4 relay anycast",
          "192.168.0.0/16", "private",
          "198.18.0.0/15", "benchmarking",
          "198.51.100.0/24", "documentation",
          "203.0.113.0/24", "documentation",
          "224.0.0.0/4", "multicast",
          "255.255.255.255/32", "broadcast",
          "240.0.0.0/4", "reserved");

  private static final List<Rule> IPV6 =
      rules(
          "::/128", "unspecified",
          "::1/128", "loopback",
          "64:ff9b:1::/48", "local-use NAT64",
          "100::/64", "discard-only",
          "2001:db8::/32", "documentation",
          "3fff::/20", "documentation",
          "2001:2::/48", "benchmarking",
          "fc00::/7", "unique-local",
          "fe80::/10", "link-local",
          "fec0::/10", "site-local",
          "ff00::/8", "multicast");

  private static final Cidr GLOBAL_UNICAST = Cidr.parse("2000::/3");

  private static final List<Embedding> EMBEDDINGS =
      List.of(
          new Embedding(Cidr.parse("::ffff:0:0/96"), "IPv4-mapped", 12, false),
          new Embedding(Cidr.parse("::ffff:0:0:0/96"), "IPv4-translated", 12, false),
          new Embedding(Cidr.parse("64:ff9b::/96"), "NAT64", 12, false),
          new Embedding(Cidr.parse("::/96"), "IPv4-compatible", 12, false),
          new Embedding(Cidr.parse("2002::/16"), "6to4", 2, false),
          new Embedding(Cidr.parse("2001::/32"), "Teredo server", 4, false),
          new Embedding(Cidr.parse("2001::/32"), "Teredo client", 12, true));

  private final List<Cidr> allowed;

  /** A guard that lets the {@code allowed} ranges through and refuses the rest as described. */
  public AddressGuard(List<Cidr> allowed) {
    this.allowed = List.copyOf(allowed);
  }

  /** A guard with nothing allowed beyond public unicast addresses. */
  public static AddressGuard strict() {
    return new AddressGuard(List.of());
  }

  /**
   * Why the address (4 or 16 bytes) is refused, naming the rule and its range; empty when it may be
   * fetched.
   */
  public Optional<String> rule(byte[] address) {
    if (isAllowed(address)) {
      return Optional.empty();
    }
    if (address.length == 4) {
      return ipv4Rule(address);
    }
    if (IPV6.get(0).range().contains(address) || IPV6.get(1).range().contains(address)) {
      return Optional.of(
          (IPV6.get(0).range().contains(address) ? IPV6.get(0) : IPV6.get(1)).describe());
    }
    for (Embedding embedding : EMBEDDINGS) {
      if (embedding.range().contains(address)) {
        byte[] ipv4 = new byte[4];
        for (int i = 0; i < 4; i++) {
          ipv4[i] = (byte) (address[embedding.offset() + i] ^ (embedding.inverted() ? 0xff : 0));
        }
        boolean wholeAddress = embedding.offset() == 12 && !embedding.name().startsWith("Teredo");
        if (isAllowed(ipv4)) {
          if (wholeAddress) {
            return Optional.empty(); // an allowed IPv4 address in IPv6 clothing
          }
          continue;
        }
        Optional<String> refused = ipv4Rule(ipv4);
        if (refused.isPresent()) {
          return Optional.of(
              embedding.name()
                  + " form ("
                  + embedding.range()
                  + ") of "
                  + IpLiterals.dotted(ipv4)
                  + ", "
                  + refused.get());
        }
        if (wholeAddress) {
          return Optional.empty(); // a public IPv4 address in IPv6 clothing
        }
      }
    }
    for (Rule rule : IPV6) {
      if (rule.range().contains(address)) {
        return Optional.of(rule.describe());
      }
    }
    if (!GLOBAL_UNICAST.contains(address)) {
      return Optional.of("not global unicast (outside " + GLOBAL_UNICAST + ")");
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> blocked(InetAddress address) {
    return rule(address.getAddress()).map(why -> address.getHostAddress() + " is " + why);
  }

  /**
   * Checks a host literal (IPv4 in any browser spelling, or a bracketed IPv6) or name (resolved,
   * every address checked); refused when any address is.
   */
  @Override
  public Optional<String> blocked(String host) throws UnknownHostException {
    for (InetAddress address :
        GuardedDnsResolver.literalOrLookup(host, InetAddress::getAllByName)) {
      Optional<String> why = blocked(address);
      if (why.isPresent()) {
        return Optional.of(GuardedDnsResolver.describe(host, why.get()));
      }
    }
    return Optional.empty();
  }

  private boolean isAllowed(byte[] address) {
    for (Cidr range : allowed) {
      if (range.contains(address)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> ipv4Rule(byte[] address) {
    for (Rule rule : IPV4) {
      if (rule.range().contains(address)) {
        return Optional.of(rule.describe());
      }
    }
    return Optional.empty();
  }

  private static List<Rule> rules(String... pairs) {
    List<Rule> rules = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      rules.add(new Rule(Cidr.parse(pairs[i]), pairs[i + 1]));
    }
    return List.copyOf(rules);
  }
}
