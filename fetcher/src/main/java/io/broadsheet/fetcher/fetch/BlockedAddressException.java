package io.broadsheet.fetcher.fetch;

import java.net.UnknownHostException;

/**
 * Every address of a host was refused by the {@link AddressPolicy}. An {@link UnknownHostException}
 * because that is what a resolver may throw: to the HTTP client the host has no address it may use.
 */
public final class BlockedAddressException extends UnknownHostException {

  public BlockedAddressException(String detail) {
    super(detail);
  }
}
