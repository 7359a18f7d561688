package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionCreditTest {

  @Test
  void splitsACreditInParenthesesWhateverTheLabelLanguage() {
    assertThat(CaptionCredit.split("Gulls over the pier at dawn. (Photo: Wirepix/Tom Hale)"))
        .isEqualTo(new CaptionCredit.Split("Gulls over the pier at dawn.", "Wirepix/Tom Hale"));
    assertThat(CaptionCredit.split("Möwen über dem Steg. (Foto: Lena Brandt)"))
        .isEqualTo(new CaptionCredit.Split("Möwen über dem Steg.", "Lena Brandt"));
  }

  @Test
  void splitsATrailingCopyrightCredit() {
    assertThat(CaptionCredit.split("Gulls over the pier at dawn. © Tom Hale"))
        .isEqualTo(new CaptionCredit.Split("Gulls over the pier at dawn.", "Tom Hale"));
  }

  @Test
  void leavesACaptionWithoutCreditAlone() {
    assertThat(CaptionCredit.split("Gulls over the pier (at dawn)."))
        .isEqualTo(new CaptionCredit.Split("Gulls over the pier (at dawn).", null));
  }
}
