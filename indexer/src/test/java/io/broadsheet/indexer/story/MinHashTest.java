package io.broadsheet.indexer.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {

  static final String WIRE =
      "The regional council approved the new river bridge on Tuesday after two years of debate,"
          + " with seven members in favour and two against. Construction is expected to begin in"
          + " June and to last about three years, the council said in a statement. The bridge will"
          + " carry trams, bicycles and pedestrians but no private cars, a decision that drew"
          + " protests from shop owners on the eastern bank. Opponents argued that the cost, now"
          + " estimated at 140 million, had doubled since the first plans were shown in 2022. The"
          + " mayor said the city would apply for national funding to cover part of the bill.";

  @Test
  void identicalTextsHaveIdenticalSignatures() {
    assertThat(MinHash.similarity(MinHash.signature(WIRE, 30), MinHash.signature(WIRE, 30)))
        .isEqualTo(1.0);
  }

  @Test
  void caseAndPunctuationDoNotChangeTheSignature() {
    String shouted = WIRE.toUpperCase().replace(",", " ;").replace(".", "!");

    assertThat(MinHash.signature(shouted, 30)).isEqualTo(MinHash.signature(WIRE, 30));
  }

  @Test
  void aLightlyEditedReprintStaysAboveTheDefaultThreshold() {
    String reprint =
        "ANYTOWN (Example Wire) - "
            + WIRE.replace("on Tuesday ", "")
                .replace(
                    " The mayor said the city would apply for national funding to cover part"
                        + " of the bill.",
                    "")
            + " Reporting by our correspondent.";

    assertThat(MinHash.similarity(MinHash.signature(WIRE, 30), MinHash.signature(reprint, 30)))
        .isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void anotherStoryOnTheSameSubjectStaysBelowIt() {
    String other =
        "Shop owners on the eastern bank of the river protested on Saturday against the plan to"
            + " close the old bridge to cars. They said customers would stay away for years while"
            + " trams were tested, and asked the council to publish its traffic study. A spokesman"
            + " for the council said the study would be released next month, and that the new"
            + " bridge would bring more people to the district, not fewer, once it opened.";

    assertThat(MinHash.similarity(MinHash.signature(WIRE, 30), MinHash.signature(other, 30)))
        .isLessThan(0.2);
  }

  @Test
  void aBodyShorterThanTheMinimumHasNoSignature() {
    assertThat(MinHash.signature("Only a few words here.", 30)).isNull();
    assertThat(MinHash.signature("", 1)).isNull();
  }

  @Test
  void equalSignaturesShareEveryBand() {
    int[] signature = MinHash.signature(WIRE, 30);

    assertThat(MinHash.bands(signature)).hasSize(MinHash.BANDS).isEqualTo(MinHash.bands(signature));
  }
}
