package io.broadsheet.fetcher.fetch;

import java.math.BigInteger;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads IP address literals the way browsers do (WHATWG URL Standard, "host parser"): a host that
 * ends in a number is an IPv4 address in any of its spellings — integer ({@code 2130706433}), octal
 * ({@code 0177.0.0.1}), hex ({@code 0x7f.1}), short ({@code 127.1}) — or, when it is not a valid
 * one, not a host at all. The JDK reads some of these differently (it takes {@code 0177.0.0.1} as
 * 177.0.0.1), so the fetcher decides what a host means here, once, and connects only to what it
 * decided. Stateless.
 */
public final class IpLiterals {

  private static final Pattern SCHEME_AUTHORITY =
      Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:)//([^/?#]*)(.*)$", Pattern.DOTALL);

  private static final BigInteger IPV4_LIMIT = BigInteger.ONE.shiftLeft(32);

  private IpLiterals() {}

  /**
   * The IPv4 address {@code host} spells, as 4 bytes; empty when the host does not end in a number
   * (a domain name or an IPv6 literal).
   *
   * @throws IllegalArgumentException when the host ends in a number but is no valid IPv4 address
   *     (browsers refuse such a URL, e.g. {@code 1.2.3.4.5} or {@code 256.1.1.1} or {@code a.1})
   */
  public static Optional<byte[]> ipv4(String host) {
    String name = asciiHost(host);
    if (name == null || name.contains(":") || !endsInNumber(name)) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>(Arrays.asList(name.split("\\.", -1)));
    if (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    if (parts.size() > 4) {
      throw notIpv4(host, "more than 4 parts");
    }
    BigInteger[] numbers = new BigInteger[parts.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = number(parts.get(i));
      if (numbers[i] == null) {
        throw notIpv4(host, "'" + parts.get(i) + "' is not a number");
      }
    }
    long value = 0;
    for (int i = 0; i < numbers.length - 1; i++) {
      if (numbers[i].compareTo(BigInteger.valueOf(255)) > 0) {
        throw notIpv4(host, numbers[i] + " is above 255");
      }
      value += numbers[i].longValue() << (8 * (3 - i));
    }
    BigInteger last = numbers[numbers.length - 1];
    if (last.compareTo(IPV4_LIMIT.shiftRight(8 * (numbers.length - 1))) >= 0) {
      throw notIpv4(host, "the last part " + last + " is out of range");
    }
    value += last.longValue();
    return Optional.of(
        new byte[] {
          (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
        });
  }

  /**
   * Rewrites the host of an absolute URL to dotted-decimal when it spells an IPv4 address in
   * another way, as a browser's URL parser does ({@code http://0x7f.1/} becomes {@code
   * http://127.0.0.1/}); returns other URLs unchanged.
   *
   * @throws IllegalArgumentException when the host ends in a number but is no valid IPv4 address
   */
  public static String canonicalIpv4Host(String url) {
    Matcher m = SCHEME_AUTHORITY.matcher(url.strip());
    if (!m.matches()) {
      return url;
    }
    String authority = m.group(2);
    int at = authority.lastIndexOf('@');
    String hostPort = authority.substring(at + 1);
    if (hostPort.startsWith("[")) {
      return url;
    }
    int colon = hostPort.lastIndexOf(':');
    String host = colon >= 0 ? hostPort.substring(0, colon) : hostPort;
    Optional<byte[]> ipv4 = ipv4(host);
    if (ipv4.isEmpty()) {
      return url;
    }
    String dotted = dotted(ipv4.get());
    if (dotted.equals(host)) {
      return url;
    }
    return m.group(1)
        + "//"
        + authority.substring(0, at + 1)
        + dotted
        + (colon >= 0 ? hostPort.substring(colon) : "")
        + m.group(3);
  }

  /**
   * Parses an IPv6 literal (without brackets; {@code ::} compression and a trailing dotted quad
   * allowed) into 16 bytes, without any name lookup. Unlike the JDK it keeps IPv4-mapped addresses
   * ({@code ::ffff:a.b.c.d}) as 16 bytes.
   *
   * @throws IllegalArgumentException when it is not an IPv6 literal
   */
  public static byte[] ipv6(String literal) {
    String text = literal;
    int zone = text.indexOf('%');
    if (zone >= 0) {
      text = text.substring(0, zone);
    }
    if (!text.contains(":")) {
      throw new IllegalArgumentException("not an IPv6 literal: " + literal);
    }
    byte[] tail = null;
    int lastColon = text.lastIndexOf(':');
    if (text.indexOf('.', lastColon) >= 0) {
      tail = dottedQuad(text.substring(lastColon + 1), literal);
      text = text.substring(0, lastColon + 1) + "0:0";
    }
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      throw new IllegalArgumentException("more than one '::' in " + literal);
    }
    List<String> head = groups(gap >= 0 ? text.substring(0, gap) : text, literal);
    List<String> rest = gap >= 0 ? groups(text.substring(gap + 2), literal) : List.of();
    int missing = 8 - head.size() - rest.size();
    if ((gap < 0 && missing != 0) || (gap >= 0 && missing < 1)) {
      throw new IllegalArgumentException("not 8 groups in " + literal);
    }
    List<String> all = new ArrayList<>(head);
    for (int i = 0; gap >= 0 && i < missing; i++) {
      all.add("0");
    }
    all.addAll(rest);
    byte[] bytes = new byte[16];
    for (int i = 0; i < 8; i++) {
      int group = Integer.parseInt(all.get(i), 16);
      bytes[2 * i] = (byte) (group >>> 8);
      bytes[2 * i + 1] = (byte) group;
    }
    if (tail != null) {
      System.arraycopy(tail, 0, bytes, 12, 4);
    }
    return bytes;
  }

  /** Strict dotted-decimal IPv4 ({@code a.b.c.d}, each 0-255), as 4 bytes. */
  static byte[] dottedQuad(String text, String context) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not a dotted-quad IPv4 address in " + context);
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      if (!parts[i].matches("[0-9]{1,3}") || Integer.parseInt(parts[i]) > 255) {
        throw new IllegalArgumentException("not a dotted-quad IPv4 address in " + context);
      }
      bytes[i] = (byte) Integer.parseInt(parts[i]);
    }
    return bytes;
  }

  /** An IPv4 address as dotted decimal. */
  static String dotted(byte[] ipv4) {
    return (ipv4[0] & 0xff)
        + "."
        + (ipv4[1] & 0xff)
        + "."
        + (ipv4[2] & 0xff)
        + "."
        + (ipv4[3] & 0xff);
  }

  private static List<String> groups(String text, String literal) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> groups = Arrays.asList(text.split(":", -1));
    for (String group : groups) {
      if (!group.matches("[0-9a-fA-F]{1,4}")) {
        throw new IllegalArgumentException("bad group '" + group + "' in " + literal);
      }
    }
    return groups;
  }

  /** The host as a browser compares it: percent-decoded, IDNA-mapped, lower case. */
  private static String asciiHost(String host) {
    if (host == null || host.isEmpty() || host.startsWith("[")) {
      return null;
    }
    String decoded = host.indexOf('%') >= 0 ? percentDecode(host) : host;
    if (decoded.chars().anyMatch(c -> c >= 128)) {
      try {
        decoded = IDN.toASCII(decoded, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        return null; // not a valid international name, and not a number either
      }
    }
    return decoded.toLowerCase(Locale.ROOT);
  }

  /** WHATWG "ends in a number checker". */
  private static boolean endsInNumber(String host) {
    List<String> parts = new ArrayList<>(Arrays.asList(host.split("\\.", -1)));
    if (parts.get(parts.size() - 1).isEmpty()) {
      if (parts.size() == 1) {
        return false;
      }
      parts.remove(parts.size() - 1);
    }
    String last = parts.get(parts.size() - 1);
    if (!last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return true;
    }
    return number(last) != null;
  }

  /** WHATWG "IPv4 number parser": decimal, 0x hex or 0-prefixed octal; null on failure. */
  private static BigInteger number(String part) {
    if (part.isEmpty()) {
      return null;
    }
    int radix = 10;
    String digits = part;
    if (digits.length() >= 2 && (digits.startsWith("0x") || digits.startsWith("0X"))) {
      digits = digits.substring(2);
      radix = 16;
    } else if (digits.length() >= 2 && digits.startsWith("0")) {
      digits = digits.substring(1);
      radix = 8;
    }
    if (digits.isEmpty()) {
      return BigInteger.ZERO;
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c >= 128 || Character.digit(c, radix) < 0) {
        return null;
      }
    }
    return new BigInteger(digits, radix);
  }

  private static String percentDecode(String text) {
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%'
          && i + 2 < raw.length
          && Character.digit(raw[i + 1], 16) >= 0
          && Character.digit(raw[i + 2], 16) >= 0) {
        out.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
        i += 2;
      } else {
        out.write(raw[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static IllegalArgumentException notIpv4(String host, String why) {
    return new IllegalArgumentException(
        "host " + host + " ends in a number but is not an IPv4 address: " + why);
  }
}
