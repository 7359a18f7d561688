package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetaTagsTest {

  @Test
  void aTagWithSeveralKeysInOneAttributeIsFiledUnderEach() {
    MetaTags meta =
        new MetaTags(
            Jsoup.parse(
                "<meta property=\"OG:Title  twitter:title\" content=\"Harbour reopens\">"
                    + "<meta name=\"description\" content=\" Ships  return \">"));
    assertThat(meta.first("og:title")).isEqualTo("Harbour reopens");
    assertThat(meta.first("twitter:title")).isEqualTo("Harbour reopens");
    assertThat(meta.first("og:title  twitter:title")).isEqualTo("Harbour reopens");
    assertThat(meta.all("description")).containsExactly("Ships return");
    assertThat(meta.first("og:description", "description")).isEqualTo("Ships return");
  }
}
