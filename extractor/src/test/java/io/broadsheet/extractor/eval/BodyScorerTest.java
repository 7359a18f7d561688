package io.broadsheet.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BodyScorerTest {

  @Test
  void perfectOutputScoresOne() {
    BodyScorer scorer = new BodyScorer();
    scorer.add("The ferry sails at nine tomorrow.", "The ferry sails at nine tomorrow!");

    assertThat(scorer.summary().f1()).isEqualTo(1.0);
    assertThat(scorer.summary().accuracy()).isEqualTo(1.0);
  }

  @Test
  void missingHalfTheShinglesHalvesRecallButKeepsPrecision() {
    BodyScorer scorer = new BodyScorer();
    // truth: shingles (a b c d), (b c d e); prediction: (a b c d)
    scorer.add("a b c d e", "a b c d");

    BodyScorer.Summary s = scorer.summary();
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.f1()).isCloseTo(2 / 3.0, within(1e-9));
  }

  @Test
  void pagesWithoutOutputCountForRecallOnly() {
    BodyScorer scorer = new BodyScorer();
    scorer.add("one two three four five", "one two three four five");
    scorer.add("six seven eight nine ten", null);

    BodyScorer.Summary s = scorer.summary();
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.5);
  }

  @Test
  void textShorterThanAShingleIsOneShingle() {
    BodyScorer scorer = new BodyScorer();
    scorer.add("short text", "short text");

    assertThat(scorer.summary().f1()).isEqualTo(1.0);
  }

  @Test
  void tokensAreLettersAndDigitsInAnyScript() {
    assertThat(Tokens.words("Grüße, 3.5 km — naïve_word ÄÖÜ"))
        .containsExactly("Grüße", "3", "5", "km", "naïve_word", "ÄÖÜ");
  }

  @Test
  void cjkCharactersAreSingleTokensInTheMetadataMetric() {
    assertThat(Tokens.wordsNfkcCjk("東京 news")).containsExactly("東", "京", "news");
  }
}
