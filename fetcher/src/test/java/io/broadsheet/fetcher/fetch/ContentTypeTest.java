package io.broadsheet.fetcher.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentTypeTest {

  @Test
  void splitsMediaTypeAndCharset() {
    assertThat(ContentType.parse("Text/HTML; Charset=\"ISO-8859-1\""))
        .isEqualTo(new ContentType("text/html", "ISO-8859-1"));
  }

  @Test
  void hasNoCharsetWhenNoneIsGiven() {
    assertThat(ContentType.parse("application/xhtml+xml"))
        .isEqualTo(new ContentType("application/xhtml+xml", null));
  }

  @Test
  void isEmptyWhenHeaderIsMissing() {
    assertThat(ContentType.parse(null)).isEqualTo(new ContentType(null, null));
  }

  @Test
  void acceptsOnlyHtmlAndXhtml() {
    assertThat(ContentType.parse("text/html;charset=utf-8").isHtml()).isTrue();
    assertThat(ContentType.parse("application/xhtml+xml").isHtml()).isTrue();
    assertThat(ContentType.parse("application/pdf").isHtml()).isFalse();
    assertThat(ContentType.parse(null).isHtml()).isFalse();
  }
}
