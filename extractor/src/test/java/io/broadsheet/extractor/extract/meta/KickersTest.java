package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KickersTest {

  @Test
  void recognisesAHeadlineBehindAKickerAndColon() {
    assertThat(Kickers.isKickerOf("Harbour storm: Ferries wait", "Ferries wait")).isTrue();
  }

  @Test
  void recognisesADashAsSeparator() {
    assertThat(Kickers.isKickerOf("Harbour storm – Ferries wait", "Ferries wait")).isTrue();
  }

  @Test
  void ignoresPunctuationDifferencesInTheHeadline() {
    assertThat(Kickers.isKickerOf("Port: \"Ferries\" wait", "“Ferries” wait")).isTrue();
  }

  @Test
  void rejectsADifferentHeadline() {
    assertThat(Kickers.isKickerOf("Harbour storm: Ferries wait", "Ferries sail")).isFalse();
  }

  @Test
  void rejectsTheSameTitle() {
    assertThat(Kickers.isKickerOf("Ferries wait", "Ferries wait")).isFalse();
  }

  @Test
  void rejectsALongLeadSentenceAsKicker() {
    String lead = "x".repeat(90);
    assertThat(Kickers.isKickerOf(lead + ": Ferries wait", "Ferries wait")).isFalse();
  }

  @Test
  void namesTheKickerInFrontOfTheHeadline() {
    assertThat(Kickers.kickerOf("Harbour storm: Ferries wait", "Ferries wait"))
        .isEqualTo("Harbour storm");
    assertThat(Kickers.kickerOf("Ferries wait", "Ferries wait")).isNull();
  }
}
