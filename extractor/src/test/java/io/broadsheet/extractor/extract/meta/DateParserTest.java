package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateParserTest {

  private static OffsetDateTime parse(String value) {
    Stamp stamp = DateParser.parse(value);
    return stamp == null ? null : stamp.toOffsetDateTime();
  }

  @Test
  void readsTheRfc1123FormOfHttpAndRss() {
    assertThat(parse("Mon, 05 Aug 2024 12:47:21 GMT"))
        .isEqualTo(OffsetDateTime.of(2024, 8, 5, 12, 47, 21, 0, ZoneOffset.UTC));
    assertThat(parse("5 Aug 2024 12:47 +0200"))
        .isEqualTo(OffsetDateTime.of(2024, 8, 5, 12, 47, 0, 0, ZoneOffset.ofHours(2)));
    assertThat(parse("Fri, 01 Mar 2024 09:30:00 EST"))
        .isEqualTo(OffsetDateTime.of(2024, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(-5)));
    assertThat(parse("Sat, 06 Jul 2024 18:00:00 PDT"))
        .isEqualTo(OffsetDateTime.of(2024, 7, 6, 18, 0, 0, 0, ZoneOffset.ofHours(-7)));
  }

  @Test
  void readsTheJavaScriptDateForm() {
    assertThat(parse("Tue Nov 19 2019 05:44:06 GMT+0000"))
        .isEqualTo(OffsetDateTime.of(2019, 11, 19, 5, 44, 6, 0, ZoneOffset.UTC));
    assertThat(parse("Tue Nov 19 2019 07:44:06 GMT+0200 (Eastern European Standard Time)"))
        .isEqualTo(OffsetDateTime.of(2019, 11, 19, 7, 44, 6, 0, ZoneOffset.ofHours(2)));
  }

  @Test
  void rejectsAnRfc1123LookalikeWithoutAMonth() {
    assertThat(parse("Mon, 05 Xyz 2024 12:47:21 GMT")).isNull();
    assertThat(parse("Mon, 31 Feb 2024 12:47:21 GMT")).isNull();
  }
}
