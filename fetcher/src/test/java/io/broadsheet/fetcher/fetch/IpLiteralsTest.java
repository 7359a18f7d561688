package io.broadsheet.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralsTest {

  private static String ipv4(String host) {
    return IpLiterals.ipv4(host).map(IpLiterals::dotted).orElse("not IPv4");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "2130706433", // one 32-bit integer
        "0x7f000001", // ... in hex
        "017700000001", // ... in octal
        "0177.0.0.1", // octal part
        "0x7f.0.0.1", // hex part
        "0X7F.0.0.1",
        "0x7f.1", // short form, hex
        "127.1", // short form: the last part fills the remaining bytes
        "127.0.1",
        "0x7f.0x0.0.01",
        "127.0.0.1.", // trailing dot
        "%31%32%37.0.0.1", // percent-encoded, decoded first
        "\uff11\uff12\uff17.\uff10.\uff10.\uff11", // full-width digits, mapped to ASCII
        "127\u30020\u30020\u30021" // ideographic full stops
      })
  void readsEverySpellingOfLoopbackAsBrowsersDo(String host) {
    assertThat(ipv4(host)).isEqualTo("127.0.0.1");
  }

  @Test
  void readsOtherAddressesTheSameWay() {
    assertThat(ipv4("0")).isEqualTo("0.0.0.0");
    assertThat(ipv4("0x")).isEqualTo("0.0.0.0");
    assertThat(ipv4("4294967295")).isEqualTo("255.255.255.255");
    assertThat(ipv4("0xa9fea9fe")).isEqualTo("169.254.169.254");
    assertThat(ipv4("10.1")).isEqualTo("10.0.0.1");
    assertThat(ipv4("192.168.257")).isEqualTo("192.168.1.1");
  }

  @Test
  void leavesNamesAndIpv6Alone() {
    assertThat(IpLiterals.ipv4("example.org")).isEmpty();
    assertThat(IpLiterals.ipv4("127.0.0.1.example.org")).isEmpty();
    assertThat(IpLiterals.ipv4("1x.example")).isEmpty();
    assertThat(IpLiterals.ipv4("[::1]")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.2.3.4.5", // more than four parts
        "256.0.0.1", // a part above 255 before the last
        "1.2.3.256", // last part out of range for its place
        "4294967296", // above 32 bits
        "08.0.0.1", // 8 is no octal digit
        "0x7g.1", // g is no hex digit
        "example.1", // ends in a number, yet the rest is no number
        "example.0x10",
        "1..1"
      })
  void refusesHostsThatEndInANumberButAreNoAddress(String host) {
    assertThatThrownBy(() -> IpLiterals.ipv4(host))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("host " + host + " ends in a number but is not an IPv4 address");
  }

  @Test
  void rewritesTheHostOfAUrlToDottedDecimal() {
    assertThat(IpLiterals.canonicalIpv4Host("http://user@0x7f.1:8080/p?q=0x7f.1#f"))
        .isEqualTo("http://user@127.0.0.1:8080/p?q=0x7f.1#f");
    assertThat(IpLiterals.canonicalIpv4Host("HTTP://2130706433")).isEqualTo("HTTP://127.0.0.1");
    assertThat(IpLiterals.canonicalIpv4Host("http://example.org/0177.0.0.1"))
        .isEqualTo("http://example.org/0177.0.0.1");
    assertThat(IpLiterals.canonicalIpv4Host("http://[::1]:80/")).isEqualTo("http://[::1]:80/");
  }

  @Test
  void parsesIpv6KeepingMappedFormsAsSixteenBytes() {
    assertThat(IpLiterals.ipv6("::1")).hasSize(16).endsWith(0, 0, 0, 1).startsWith(0, 0);
    assertThat(IpLiterals.ipv6("::ffff:127.0.0.1"))
        .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 127, 0, 0, 1);
    assertThat(IpLiterals.ipv6("2001:db8::8:800:200c:417a"))
        .containsExactly(
            0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 8, 8, 0, 0x20, 0x0c, 0x41, 0x7a);
    assertThat(IpLiterals.ipv6("fe80::1%eth0")).startsWith((byte) 0xfe, (byte) 0x80);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1::2::3", "gggg::1", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "::1.2.3"})
  void refusesWhatIsNoIpv6Literal(String literal) {
    assertThatThrownBy(() -> IpLiterals.ipv6(literal)).isInstanceOf(IllegalArgumentException.class);
  }
}
