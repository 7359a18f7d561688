package io.broadsheet.fetcher.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlNormalizerTest {

  private final UrlNormalizer normalizer = new UrlNormalizer();

  private String normalized(String input) {
    UrlVerdict verdict = normalizer.check(input);
    assertThat(verdict).isInstanceOf(UrlVerdict.Valid.class);
    return ((UrlVerdict.Valid) verdict).url();
  }

  private String reason(String input) {
    UrlVerdict verdict = normalizer.check(input);
    assertThat(verdict).isInstanceOf(UrlVerdict.Invalid.class);
    return ((UrlVerdict.Invalid) verdict).reason();
  }

  @Test
  void lowerCasesSchemeAndHostButNotPath() {
    assertThat(normalized("HTTPS://News.Example.ORG/City/Story"))
        .isEqualTo("https://news.example.org/City/Story");
  }

  @Test
  void dropsDefaultPorts() {
    assertThat(normalized("http://example.org:80/a")).isEqualTo("http://example.org/a");
    assertThat(normalized("https://example.org:443/a")).isEqualTo("https://example.org/a");
  }

  @Test
  void keepsNonDefaultPort() {
    assertThat(normalized("http://example.org:8080/a")).isEqualTo("http://example.org:8080/a");
  }

  @Test
  void dropsFragment() {
    assertThat(normalized("https://example.org/a?b=1#comments"))
        .isEqualTo("https://example.org/a?b=1");
  }

  @Test
  void resolvesDotSegments() {
    assertThat(normalized("https://example.org/a/./b/../c")).isEqualTo("https://example.org/a/c");
    assertThat(normalized("https://example.org/../../a")).isEqualTo("https://example.org/a");
  }

  @Test
  void givesEmptyPathASlash() {
    assertThat(normalized("https://example.org")).isEqualTo("https://example.org/");
    assertThat(normalized("https://example.org?x=1")).isEqualTo("https://example.org/?x=1");
  }

  @Test
  void dropsEmptyQuery() {
    assertThat(normalized("https://example.org/a?")).isEqualTo("https://example.org/a");
  }

  @Test
  void normalisesPercentEscapes() {
    assertThat(normalized("https://example.org/%7euser/caf%c3%a9"))
        .isEqualTo("https://example.org/~user/caf%C3%A9");
  }

  @Test
  void escapesSpacesAndNonAsciiAsUtf8() {
    assertThat(normalized("https://example.org/a b/café"))
        .isEqualTo("https://example.org/a%20b/caf%C3%A9");
  }

  @Test
  void convertsInternationalHostToPunycode() {
    UrlVerdict.Valid valid = (UrlVerdict.Valid) normalizer.check("https://bücher.example/");
    assertThat(valid.url()).isEqualTo("https://xn--bcher-kva.example/");
    assertThat(valid.host()).isEqualTo("xn--bcher-kva.example");
  }

  @Test
  void trimsSurroundingWhitespaceAndReportsHost() {
    UrlVerdict.Valid valid = (UrlVerdict.Valid) normalizer.check("  https://Example.org./x \n");
    assertThat(valid.url()).isEqualTo("https://example.org/x");
    assertThat(valid.host()).isEqualTo("example.org");
    assertThat(valid.input()).isEqualTo("  https://Example.org./x \n");
  }

  @Test
  void rejectsBlank() {
    assertThat(reason("   ")).isEqualTo("blank");
    assertThat(reason("")).isEqualTo("blank");
  }

  @Test
  void rejectsRelativeUrl() {
    assertThat(reason("/news/story")).isEqualTo("not absolute: no scheme");
    assertThat(reason("example.org/story")).isEqualTo("not absolute: no scheme");
  }

  @Test
  void rejectsOtherSchemes() {
    assertThat(reason("ftp://example.org/file")).isEqualTo("not http(s): scheme ftp");
    assertThat(reason("mailto:desk@example.org")).isEqualTo("not http(s): scheme mailto");
  }

  @Test
  void rejectsUrlWithoutHost() {
    assertThat(reason("http:/story")).isEqualTo("no host");
  }

  @Test
  void rejectsUnparseableUrl() {
    assertThat(reason("http://[example.org/")).startsWith("unparseable: ");
  }

  @Test
  void rejectsAuthorityThatIsNoHost() {
    assertThat(reason("http://exa mple.org:x/"))
        .isEqualTo("no host: invalid authority exa%20mple.org:x");
  }

  @Test
  void rejectsUrlLongerThanTheLimit() {
    String url = "https://example.org/" + "a".repeat(UrlNormalizer.MAX_LENGTH);
    assertThat(reason(url)).isEqualTo("too long: 2068 characters, the limit is 2048");
  }

  @Test
  void acceptsUrlExactlyAtTheLimit() {
    String url = "https://example.org/" + "a".repeat(UrlNormalizer.MAX_LENGTH - 20);
    assertThat(url).hasSize(UrlNormalizer.MAX_LENGTH);
    assertThat(normalized(url)).isEqualTo(url);
  }

  @Test
  void dropsTrackingParametersAndKeepsTheOthersInOrder() {
    assertThat(
            normalized(
                "https://example.org/a?z=1&utm_source=rss&id=7&fbclid=x&UTM_Medium=m&gclid=g&b=2"))
        .isEqualTo("https://example.org/a?z=1&id=7&b=2");
  }

  @Test
  void dropsEveryDocumentedTrackingParameter() {
    String query =
        "utm_campaign=c&dclid=1&msclkid=1&mc_cid=1&mc_eid=1&igshid=1&_ga=1&yclid=1&ref_src=twsrc";
    assertThat(normalized("https://example.org/a?" + query + "#top"))
        .isEqualTo("https://example.org/a");
  }

  @Test
  void recognisesEscapedTrackingParameterNames() {
    assertThat(normalized("https://example.org/a?utm%5Fsource=x&q=caf%c3%a9"))
        .isEqualTo("https://example.org/a?q=caf%C3%A9");
  }

  @Test
  void keepsParameterThatOnlyStartsLikeATrackingOne() {
    assertThat(normalized("https://example.org/a?gclid_like=1&ref=home"))
        .isEqualTo("https://example.org/a?gclid_like=1&ref=home");
  }

  @Test
  void dropsEmptyPairs() {
    assertThat(normalized("https://example.org/a?&x=1&&y=2&"))
        .isEqualTo("https://example.org/a?x=1&y=2");
  }

  @Test
  void dropsConfiguredParametersOnly() {
    UrlNormalizer custom = new UrlNormalizer(java.util.List.of("session", "trk_*"));
    UrlVerdict.Valid valid =
        (UrlVerdict.Valid) custom.check("https://example.org/a?session=1&trk_a=2&utm_source=x");
    assertThat(valid.url()).isEqualTo("https://example.org/a?utm_source=x");
  }
}
