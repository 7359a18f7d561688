package io.broadsheet.fetcher.fetch;

import java.net.InetAddress;

/**
 * A block of IPv4 or IPv6 addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}; a bare
 * address is a block of one). Parsing never looks a name up. Immutable.
 */
public final class Cidr {

  private final byte[] network;
  private final int prefix;
  private final String text;

  private Cidr(byte[] network, int prefix, String text) {
    this.network = network;
    this.prefix = prefix;
    this.text = text;
  }

  /**
   * Parses {@code a.b.c.d/n} or {@code ipv6/n} (IPv6 optionally in brackets).
   *
   * @throws IllegalArgumentException naming what is wrong when it is not such a block
   */
  public static Cidr parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty CIDR range");
    }
    String value = text.strip();
    int slash = value.indexOf('/');
    String address = slash < 0 ? value : value.substring(0, slash);
    if (address.startsWith("[") && address.endsWith("]")) {
      address = address.substring(1, address.length() - 1);
    }
    byte[] bytes;
    try {
      bytes =
          address.contains(":")
              ? IpLiterals.ipv6(address)
              : IpLiterals.dottedQuad(address, "CIDR range " + text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a CIDR range: '" + text + "' (" + e.getMessage() + ")");
    }
    int bits = bytes.length * 8;
    int prefix;
    if (slash < 0) {
      prefix = bits;
    } else {
      String length = value.substring(slash + 1);
      if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > bits) {
        throw new IllegalArgumentException(
            "not a CIDR range: '" + text + "' (prefix length must be 0-" + bits + ")");
      }
      prefix = Integer.parseInt(length);
    }
    for (int i = 0; i < bits; i++) {
      if (i >= prefix && bit(bytes, i)) {
        throw new IllegalArgumentException(
            "not a CIDR range: '" + text + "' (address bits set beyond the /" + prefix + ")");
      }
    }
    return new Cidr(bytes, prefix, value);
  }

  /** Whether {@code address} (4 or 16 bytes) lies in this block; never for the other family. */
  public boolean contains(byte[] address) {
    if (address.length != network.length) {
      return false;
    }
    for (int i = 0; i < prefix; i++) {
      if (bit(address, i) != bit(network, i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code address} lies in this block. */
  public boolean contains(InetAddress address) {
    return contains(address.getAddress());
  }

  private static boolean bit(byte[] bytes, int index) {
    return (bytes[index / 8] & (0x80 >>> (index % 8))) != 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
