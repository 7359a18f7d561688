package io.broadsheet.fetcher.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.events.Topics;
import org.junit.jupiter.api.Test;

class FetchServiceTest {

  @Test
  void acceptsEventThatLeavesRoomForHeadersUnderTheRecordLimit() {
    assertThat(
            FetchService.fitsInRecord(
                Topics.MAX_MESSAGE_BYTES - FetchService.RECORD_OVERHEAD_BYTES))
        .isTrue();
  }

  @Test
  void refusesEventThatWouldNotFitInARecordWithItsHeaders() {
    assertThat(
            FetchService.fitsInRecord(
                Topics.MAX_MESSAGE_BYTES - FetchService.RECORD_OVERHEAD_BYTES + 1))
        .isFalse();
  }

  @Test
  void tenMegabytePageFitsOnceBase64Encoded() {
    int base64 = (10 * 1024 * 1024 + 2) / 3 * 4;
    assertThat(FetchService.fitsInRecord(base64 + 4096)).isTrue();
  }
}
