package io.broadsheet.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CidrTest {

  private static byte[] v4(String dotted) {
    return IpLiterals.dottedQuad(dotted, dotted);
  }

  @Test
  void containsAddressesUnderItsPrefix() {
    Cidr cgnat = Cidr.parse("100.64.0.0/10");
    assertThat(cgnat.contains(v4("100.64.0.0"))).isTrue();
    assertThat(cgnat.contains(v4("100.127.255.255"))).isTrue();
    assertThat(cgnat.contains(v4("100.128.0.0"))).isFalse();
    assertThat(cgnat.contains(v4("100.63.255.255"))).isFalse();
  }

  @Test
  void bareAddressIsABlockOfOne() {
    Cidr one = Cidr.parse("127.0.0.1");
    assertThat(one.contains(v4("127.0.0.1"))).isTrue();
    assertThat(one.contains(v4("127.0.0.2"))).isFalse();
  }

  @Test
  void neverMatchesTheOtherFamily() {
    assertThat(Cidr.parse("0.0.0.0/0").contains(IpLiterals.ipv6("::1"))).isFalse();
    assertThat(Cidr.parse("::/0").contains(v4("127.0.0.1"))).isFalse();
  }

  @Test
  void parsesIpv6WithOrWithoutBrackets() {
    assertThat(Cidr.parse("fc00::/7").contains(IpLiterals.ipv6("fd12:3456::1"))).isTrue();
    assertThat(Cidr.parse("[::1]/128").contains(IpLiterals.ipv6("::1"))).isTrue();
    assertThat(Cidr.parse(" fe80::/10 ").toString()).isEqualTo("fe80::/10");
  }

  @Test
  void refusesWhatIsNoRangeNamingTheProblem() {
    assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33"))
        .hasMessage("not a CIDR range: '10.0.0.0/33' (prefix length must be 0-32)");
    assertThatThrownBy(() -> Cidr.parse("10.0.0.1/8"))
        .hasMessage("not a CIDR range: '10.0.0.1/8' (address bits set beyond the /8)");
    assertThatThrownBy(() -> Cidr.parse("localhost/8"))
        .hasMessageStartingWith("not a CIDR range: 'localhost/8'");
    assertThatThrownBy(() -> Cidr.parse("0x7f.1/32"))
        .hasMessageStartingWith("not a CIDR range: '0x7f.1/32'");
    assertThatThrownBy(() -> Cidr.parse(" ")).hasMessage("empty CIDR range");
  }
}
