package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TextDatesTest {

  private static LocalDateTime parse(String text) {
    Stamp stamp = TextDates.parse(text);
    return stamp == null ? null : stamp.local();
  }

  private static OffsetDateTime stated(String text) {
    Stamp stamp = TextDates.parse(text);
    return stamp == null || stamp.offset() == null ? null : stamp.toOffsetDateTime();
  }

  @Test
  void readsTheZoneWrittenAfterTheTime() {
    assertThat(stated("Updated: Apr 26, 2023 2:20pm EDT"))
        .isEqualTo(OffsetDateTime.of(2023, 4, 26, 14, 20, 0, 0, ZoneOffset.ofHours(-4)));
    assertThat(stated("Aashish Saxena / Sep 2, 2024, 17:07 IST"))
        .isEqualTo(OffsetDateTime.of(2024, 9, 2, 17, 7, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    assertThat(stated("3. Mai 2024, 14:05 Uhr MESZ"))
        .isEqualTo(OffsetDateTime.of(2024, 5, 3, 14, 5, 0, 0, ZoneOffset.ofHours(2)));
    assertThat(stated("March 7, 2024 7:55 AM UTC"))
        .isEqualTo(OffsetDateTime.of(2024, 3, 7, 7, 55, 0, 0, ZoneOffset.UTC));
    assertThat(stated("03.05.2024 14:05 (GMT+1)"))
        .isEqualTo(OffsetDateTime.of(2024, 5, 3, 14, 5, 0, 0, ZoneOffset.ofHours(1)));
  }

  @Test
  void readsARegionsZoneWithTheOffsetOfItsDate() {
    assertThat(stated("July 4, 2024 9:00 AM ET"))
        .isEqualTo(OffsetDateTime.of(2024, 7, 4, 9, 0, 0, 0, ZoneOffset.ofHours(-4)));
    assertThat(stated("January 4, 2024 9:00 AM ET"))
        .isEqualTo(OffsetDateTime.of(2024, 1, 4, 9, 0, 0, 0, ZoneOffset.ofHours(-5)));
  }

  @Test
  void aWordAfterTheTimeIsNoZone() {
    assertThat(stated("3 mai 2024 à 14h05 et mis à jour")).isNull();
    assertThat(stated("3 May 2024 14:05 CNN")).isNull();
    assertThat(stated("3 May 2024 14:05 ESTONIA")).isNull();
    assertThat(stated("3 May 2024 ET")).isNull();
  }

  @Test
  void readsDayMonthYearWithTwelveHourTime() {
    assertThat(parse("17 Apr 2023 05:31PM (Updated: 18 Apr 2023)"))
        .isEqualTo(LocalDateTime.of(2023, 4, 17, 17, 31));
  }

  @Test
  void readsMonthDayYear() {
    assertThat(parse("Published May 3, 2024 at 2:05 am"))
        .isEqualTo(LocalDateTime.of(2024, 5, 3, 2, 5));
  }

  @Test
  void readsNumericDayMonthYear() {
    assertThat(parse("Stand: 03.05.2024 14:05 Uhr")).isEqualTo(LocalDateTime.of(2024, 5, 3, 14, 5));
  }

  @Test
  void readsSpanishAndCjkDates() {
    assertThat(parse("3 de mayo de 2024")).isEqualTo(LocalDateTime.of(2024, 5, 3, 0, 0));
    assertThat(parse("2024年5月3日 14時05分")).isEqualTo(LocalDateTime.of(2024, 5, 3, 14, 5));
  }

  @Test
  void readsMonthNamesOfFurtherEuropeanLanguages() {
    assertThat(parse("12 martie 2024, 14:05")).isEqualTo(LocalDateTime.of(2024, 3, 12, 14, 5));
    assertThat(parse("12 Μαρτίου 2024")).isEqualTo(LocalDateTime.of(2024, 3, 12, 0, 0));
    assertThat(parse("12. maaliskuuta 2024 klo 14.05"))
        .isEqualTo(LocalDateTime.of(2024, 3, 12, 14, 5));
    assertThat(parse("12 березня 2024")).isEqualTo(LocalDateTime.of(2024, 3, 12, 0, 0));
    assertThat(parse("3 desember 2024")).isEqualTo(LocalDateTime.of(2024, 12, 3, 0, 0));
  }

  @Test
  void readsAbbreviationsWhoseFirstLettersAreShared() {
    assertThat(parse("Publié le 18 juil. 2024 à 08:01"))
        .isEqualTo(LocalDateTime.of(2024, 7, 18, 8, 1));
    assertThat(parse("3 mrt 2024")).isEqualTo(LocalDateTime.of(2024, 3, 3, 0, 0));
  }

  @Test
  void readsNumericDatesSpacedAfterTheirDots() {
    assertThat(parse("06. 01. 2026, 14:59 Uhr")).isEqualTo(LocalDateTime.of(2026, 1, 6, 14, 59));
  }

  @Test
  void readsATwoDigitYearOnlyWithATimeOfDay() {
    assertThat(parse("Publisert: 05.08.24 kl. 14:47"))
        .isEqualTo(LocalDateTime.of(2024, 8, 5, 14, 47));
    assertThat(parse("Version 10.12.24 released")).isNull();
  }

  @Test
  void readsYearFirstDatesWithAMonthName() {
    assertThat(parse("2024. március 12. 14:05")).isEqualTo(LocalDateTime.of(2024, 3, 12, 14, 5));
    assertThat(parse("2024 m. gegužės 3 d. 09:30")).isEqualTo(LocalDateTime.of(2024, 5, 3, 9, 30));
  }

  @Test
  void marksADateWithoutTime() {
    assertThat(TextDates.parse("3 May 2024").hasTime()).isFalse();
  }

  @Test
  void ignoresTextWithoutADate() {
    assertThat(parse("Share this article")).isNull();
  }

  @Test
  void readsALaterSecondTimeBesideThePublicationTimeAsTheUpdate() {
    Stamp update =
        TextDates.findUpdate(
            org.jsoup.Jsoup.parse(
                "<div class='publish'>2 Mar 2024 09:15AM (Bijgewerkt: 2 Mar 2024 11:40AM)</div>"));
    assertThat(update.local()).isEqualTo(LocalDateTime.of(2024, 3, 2, 11, 40));
    assertThat(
            TextDates.findUpdate(org.jsoup.Jsoup.parse("<div class='date'>2 Mar 2024 09:15</div>")))
        .isNull();
  }
}
