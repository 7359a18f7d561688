package io.broadsheet.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

  private final AddressGuard guard = AddressGuard.strict();

  private static byte[] address(String literal) {
    return literal.contains(":")
        ? IpLiterals.ipv6(literal)
        : IpLiterals.dottedQuad(literal, literal);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "127.0.0.1       | loopback (127.0.0.0/8)",
        "127.255.255.254 | loopback (127.0.0.0/8)",
        "10.1.2.3        | private (10.0.0.0/8)",
        "172.16.0.1      | private (172.16.0.0/12)",
        "172.31.255.255  | private (172.16.0.0/12)",
        "192.168.1.1     | private (192.168.0.0/16)",
        "169.254.169.254 | cloud metadata endpoint (169.254.169.254/32)",
        "169.254.1.1     | link-local (169.254.0.0/16)",
        "100.64.0.1      | shared address space (CGNAT) (100.64.0.0/10)",
        "100.127.255.255 | shared address space (CGNAT) (100.64.0.0/10)",
        "0.0.0.0         | this network (0.0.0.0/8)",
        "0.1.2.3         | this network (0.0.0.0/8)",
        "224.0.0.1       | multicast (224.0.0.0/4)",
        "239.255.255.250 | multicast (224.0.0.0/4)",
        "255.255.255.255 | broadcast (255.255.255.255/32)",
        "240.0.0.1       | reserved (240.0.0.0/4)",
        "192.0.0.8       | IETF protocol assignments (192.0.0.0/24)",
        "192.0.2.1       | documentation (192.0.2.0/24)",
        "198.18.0.1      | benchmarking (198.18.0.0/15)",
        "::1             | loopback (::1/128)",
        "::              | unspecified (::/128)",
        "fc00::1         | unique-local (fc00::/7)",
        "fd12:3456::1    | unique-local (fc00::/7)",
        "fe80::1         | link-local (fe80::/10)",
        "fec0::1         | site-local (fec0::/10)",
        "ff02::1         | multicast (ff00::/8)",
        "2001:db8::1     | documentation (2001:db8::/32)",
        "100::1          | discard-only (100::/64)",
        "5f00::1         | not global unicast (outside 2000::/3)",
        "::ffff:127.0.0.1 | IPv4-mapped form (::ffff:0:0/96) of 127.0.0.1, loopback (127.0.0.0/8)",
        "::ffff:7f00:1   | IPv4-mapped form (::ffff:0:0/96) of 127.0.0.1, loopback (127.0.0.0/8)",
        "::ffff:10.0.0.1 | IPv4-mapped form (::ffff:0:0/96) of 10.0.0.1, private (10.0.0.0/8)",
        "::ffff:169.254.169.254 | IPv4-mapped form (::ffff:0:0/96) of 169.254.169.254, cloud"
            + " metadata endpoint (169.254.169.254/32)",
        "::ffff:0:7f00:1 | IPv4-translated form (::ffff:0:0:0/96) of 127.0.0.1, loopback"
            + " (127.0.0.0/8)",
        "::127.0.0.1     | IPv4-compatible form (::/96) of 127.0.0.1, loopback (127.0.0.0/8)",
        "::a00:1         | IPv4-compatible form (::/96) of 10.0.0.1, private (10.0.0.0/8)",
        "64:ff9b::7f00:1 | NAT64 form (64:ff9b::/96) of 127.0.0.1, loopback (127.0.0.0/8)",
        "64:ff9b::a9fe:a9fe | NAT64 form (64:ff9b::/96) of 169.254.169.254, cloud metadata"
            + " endpoint (169.254.169.254/32)",
        "64:ff9b:1::1    | local-use NAT64 (64:ff9b:1::/48)",
        "2002:7f00:1::1  | 6to4 form (2002::/16) of 127.0.0.1, loopback (127.0.0.0/8)",
        "2002:c0a8:101:: | 6to4 form (2002::/16) of 192.168.1.1, private (192.168.0.0/16)",
        "2001:0:4136:e378:8000:63bf:80ff:fffe | Teredo client form (2001::/32) of 127.0.0.1,"
            + " loopback (127.0.0.0/8)",
        "2001:0:a00:1::1 | Teredo server form (2001::/32) of 10.0.0.1, private (10.0.0.0/8)"
      })
  void refusesWhatIsNotPublicNamingTheRule(String literal, String rule) {
    assertThat(guard.rule(address(literal))).contains(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8.8.8.8",
        "1.1.1.1",
        "93.184.215.14",
        "100.63.255.255",
        "100.128.0.0",
        "172.32.0.1",
        "169.255.0.1",
        "2606:4700:4700::1111",
        "2a00:1450:4001:80b::200e",
        "::ffff:8.8.8.8",
        "64:ff9b::808:808",
        "2002:808:808::1",
        "2001:0:4136:e378:8000:63bf:f7f7:f7f7"
      })
  void allowsPublicAddresses(String literal) {
    assertThat(guard.rule(address(literal))).isEmpty();
  }

  @Test
  void allowListLetsItsRangesThroughAndNothingElse() {
    AddressGuard allowing =
        new AddressGuard(List.of(Cidr.parse("127.0.0.1/32"), Cidr.parse("10.20.0.0/16")));
    assertThat(allowing.rule(address("127.0.0.1"))).isEmpty();
    assertThat(allowing.rule(address("::ffff:127.0.0.1"))).isEmpty();
    assertThat(allowing.rule(address("10.20.3.4"))).isEmpty();
    assertThat(allowing.rule(address("127.0.0.2"))).contains("loopback (127.0.0.0/8)");
    assertThat(allowing.rule(address("10.21.0.1"))).contains("private (10.0.0.0/8)");
    assertThat(allowing.rule(address("::1"))).contains("loopback (::1/128)");
    assertThat(allowing.rule(address("169.254.169.254"))).isPresent();
  }

  @Test
  void loopbackShorthandAllowsBothFamiliesOfLoopbackOnly() {
    AddressGuard loopback = new AddressGuard(AddressGuard.LOOPBACK);
    assertThat(loopback.rule(address("127.0.0.1"))).isEmpty();
    assertThat(loopback.rule(address("127.8.9.10"))).isEmpty();
    assertThat(loopback.rule(address("::1"))).isEmpty();
    assertThat(loopback.rule(address("10.0.0.1"))).isPresent();
    assertThat(loopback.rule(address("fe80::1"))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "2130706433",
        "0x7f000001",
        "017700000001",
        "0177.0.0.1",
        "0x7f.1",
        "127.1",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]"
      })
  void blocksEverySpellingOfLoopbackByHost(String host) throws Exception {
    assertThat(guard.blocked(host))
        .hasValueSatisfying(why -> assertThat(why).contains("127.0.0.1", "loopback (127.0.0.0/8)"));
  }

  @Test
  void blocksIpv6HostsByTheirRule() throws Exception {
    assertThat(guard.blocked("[::1]")).contains("0:0:0:0:0:0:0:1 is loopback (::1/128)");
    assertThat(guard.blocked("[fd00::1]"))
        .hasValueSatisfying(why -> assertThat(why).endsWith("is unique-local (fc00::/7)"));
    assertThat(guard.blocked("[2002:7f00:1::1]"))
        .hasValueSatisfying(why -> assertThat(why).contains("6to4 form (2002::/16) of 127.0.0.1"));
  }

  @Test
  void allowsAPublicLiteral() throws Exception {
    assertThat(guard.blocked("93.184.215.14")).isEmpty();
  }

  @Test
  void reportsAHostThatEndsInANumberButIsNoAddressAsUnknown() {
    assertThatThrownBy(() -> guard.blocked("1.2.3.4.5"))
        .isInstanceOf(UnknownHostException.class)
        .hasMessageContaining("ends in a number but is not an IPv4 address");
  }

  @Test
  void reportsUnknownHost() {
    assertThatThrownBy(() -> guard.blocked("no-such-host.invalid"))
        .isInstanceOf(UnknownHostException.class);
  }
}
