package io.broadsheet.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void marksOnlyTheMatchesAndEscapesEverythingElse() {
    String headline =
        "a <script>x</script> & " + Snippets.START + "bridge" + Snippets.STOP + " \"vote\"";

    assertThat(Snippets.toHtml(headline))
        .isEqualTo("a &lt;script&gt;x&lt;/script&gt; &amp; <mark>bridge</mark> &quot;vote&quot;");
  }

  @Test
  void aLiteralMarkTagInTheTextStaysText() {
    assertThat(Snippets.toHtml("<mark>")).isEqualTo("&lt;mark&gt;");
  }
}
