package io.broadsheet.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void sameCanonicalUrlAlwaysGivesTheSameId() {
    assertThat(ArticleIds.forCanonicalUrl("https://a.example/story"))
        .isEqualTo(ArticleIds.forCanonicalUrl("https://a.example/story"))
        .hasSize(32)
        .matches("[0-9a-f]{32}");
  }

  @Test
  void differentUrlsGiveDifferentIds() {
    assertThat(ArticleIds.forCanonicalUrl("https://a.example/story"))
        .isNotEqualTo(ArticleIds.forCanonicalUrl("https://a.example/story2"));
  }

  @Test
  void sha256HexMatchesTheKnownDigest() {
    assertThat(ArticleIds.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
