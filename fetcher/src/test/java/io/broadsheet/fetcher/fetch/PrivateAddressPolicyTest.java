package io.broadsheet.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class PrivateAddressPolicyTest {

  private final PrivateAddressPolicy policy = new PrivateAddressPolicy();

  @Test
  void blocksLoopback() throws Exception {
    assertThat(policy.blocked("127.0.0.1"))
        .contains("127.0.0.1 resolves to 127.0.0.1 (loopback address)");
    assertThat(policy.blocked("[::1]"))
        .hasValueSatisfying(why -> assertThat(why).endsWith("(loopback address)"));
  }

  @Test
  void blocksPrivateAndLinkLocalRanges() throws Exception {
    assertThat(policy.blocked("10.1.2.3"))
        .hasValueSatisfying(why -> assertThat(why).endsWith("(site-local address)"));
    assertThat(policy.blocked("192.168.0.1"))
        .hasValueSatisfying(why -> assertThat(why).endsWith("(site-local address)"));
    assertThat(policy.blocked("169.254.169.254"))
        .hasValueSatisfying(why -> assertThat(why).endsWith("(link-local address)"));
    assertThat(policy.blocked("0.0.0.0"))
        .hasValueSatisfying(why -> assertThat(why).endsWith("(wildcard address)"));
    assertThat(policy.blocked("[fd00::1]"))
        .hasValueSatisfying(why -> assertThat(why).endsWith("(unique-local address)"));
  }

  @Test
  void allowsPublicAddress() throws Exception {
    assertThat(policy.blocked("93.184.215.14")).isEmpty();
  }

  @Test
  void reportsUnknownHost() {
    assertThatThrownBy(() -> policy.blocked("no-such-host.invalid"))
        .isInstanceOf(UnknownHostException.class);
  }
}
