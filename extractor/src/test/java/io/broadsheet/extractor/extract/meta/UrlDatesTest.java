package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrlDatesTest {

  private static LocalDate dateIn(String url) {
    Stamp stamp = UrlDates.find(url);
    return stamp == null ? null : stamp.local().toLocalDate();
  }

  @Test
  void readsThePermalinkDateForms() {
    assertThat(dateIn("https://tal.example/2024/05/03/ferry-keeps-timetable/"))
        .isEqualTo(LocalDate.of(2024, 5, 3));
    assertThat(dateIn("https://tal.example/region/2024-05-03-ferry-keeps-timetable"))
        .isEqualTo(LocalDate.of(2024, 5, 3));
    assertThat(dateIn("https://tal.example/news/20240503/ferry.html"))
        .isEqualTo(LocalDate.of(2024, 5, 3));
    assertThat(dateIn("https://tal.example/archives/2024/5/3/2003825419"))
        .isEqualTo(LocalDate.of(2024, 5, 3));
  }

  @Test
  void anIdOrAYearAndMonthIsNoDate() {
    assertThat(dateIn("https://tal.example/sport/158614751.html")).isNull();
    assertThat(dateIn("https://tal.example/2024/05/ferry-keeps-timetable")).isNull();
    assertThat(dateIn("https://tal.example/article-202405031234/")).isNull();
    assertThat(dateIn("https://tal.example/2024/13/45/ferry")).isNull();
    assertThat(dateIn("https://tal.example/search?from=2024-05-03")).isNull();
    assertThat(dateIn("not a url")).isNull();
  }
}
