package io.broadsheet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.broadsheet.events.EventCodec.MalformedEventException;
import io.broadsheet.events.PageFetchedRecord.Header;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFetchedRecordTest {

  private static final String SAMPLE_FINAL_URL =
      "https://nachrichten.example.de/stadt/2026/11/brücke-wieder-offen";

  @Test
  void goldenSampleDecodesToThePageItDescribes() {
    PageFetched page = PageFetchedRecord.decode(sampleHeaders(), sampleValue());

    assertThat(page.requestedUrl())
        .isEqualTo(
            "http://nachrichten.example.de/stadt/2026/11/brücke-wieder-offen?utm_source=feed");
    assertThat(page.finalUrl()).isEqualTo(SAMPLE_FINAL_URL);
    assertThat(page.redirects()).containsExactly(page.requestedUrl(), SAMPLE_FINAL_URL);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).isEqualTo("text/html");
    assertThat(page.charset()).isEqualTo("utf-8");
    assertThat(page.etag()).isEqualTo("\"7a1-2c4\"");
    assertThat(page.lastModified()).isEqualTo("Tue, 24 Nov 2026 08:10:00 GMT");
    assertThat(page.contentLanguage()).isEqualTo("de");
    assertThat(page.fetchedAt()).isEqualTo(Instant.parse("2026-11-24T08:15:01.250Z"));
    assertThat(new String(page.body(), StandardCharsets.UTF_8))
        .startsWith("<!doctype html>")
        .contains("Straßenbahnen");
  }

  @Test
  void goldenSampleRoundTripsThroughTheRecordUnchanged() {
    List<Header> sample = sampleHeaders();
    PageFetched page = PageFetchedRecord.decode(sample, sampleValue());

    List<Header> written =
        PageFetchedRecord.headers(page, text(sample, "ce_id"), text(sample, "ce_source"));

    assertThat(asText(written)).isEqualTo(asText(sample));
  }

  @Test
  void theBodyIsTheRecordValueAsItIsAndNoHeaderCarriesIt() {
    byte[] body = "<p>Fähre fährt</p>".getBytes(StandardCharsets.ISO_8859_1);
    PageFetched page = page("https://a.example/x", "https://a.example/x", body);

    List<Header> headers = PageFetchedRecord.headers(page, "id-1", "/test");
    PageFetched read = PageFetchedRecord.decode(headers, body);

    assertThat(read.body()).isSameAs(body);
    assertThat(PageFetchedRecord.size(headers)).isLessThan(400);
  }

  @Test
  void whatTheEncoderWritesValidatesAgainstTheSchema() {
    PageFetched page = PageFetchedRecord.decode(sampleHeaders(), sampleValue());
    ObjectNode document = EventCodec.mapper().createObjectNode();
    document.put("key", "nachrichten.example.de");
    ArrayNode headers = document.putArray("headers");
    for (Header h : PageFetchedRecord.headers(page, "id-2", "/broadsheet/fetcher")) {
      headers.addObject().put("name", h.name()).put("value", utf8(h));
    }

    assertThat(SchemaSupport.validate(EventType.PAGE_FETCHED_V2, document)).isEmpty();
  }

  @Test
  void schemaRejectsASampleWithoutAStatus() {
    ObjectNode document =
        (ObjectNode) SchemaSupport.tree(SchemaSupport.sample(EventType.PAGE_FETCHED_V2));
    ArrayNode headers = (ArrayNode) document.get("headers");
    for (int i = headers.size() - 1; i >= 0; i--) {
      if (headers.get(i).get("name").asText().equals(PageFetchedRecord.STATUS)) {
        headers.remove(i);
      }
    }

    assertThat(SchemaSupport.validate(EventType.PAGE_FETCHED_V2, document)).isNotEmpty();
  }

  @Test
  void nonAsciiUrlsTravelAsUtf8AndComeBackTheSame() {
    String requested = "http://ニュース.example.jp/記事/2026/駅前?ref=トップ";
    String redirect = "https://news.example.pl/zażółć/gęślą-jaźń";
    String finalUrl = "https://news.example.pl/zażółć/gęślą-jaźń?ü=ö";
    PageFetched page =
        new PageFetched(
            requested,
            finalUrl,
            List.of(requested, redirect, finalUrl),
            200,
            "text/html",
            null,
            null,
            null,
            null,
            Instant.parse("2026-11-24T08:15:01Z"),
            new byte[] {1, 2, 3});

    List<Header> headers = PageFetchedRecord.headers(page, "id-3", "/test");
    PageFetched read = PageFetchedRecord.decode(headers, page.body());

    assertThat(text(headers, PageFetchedRecord.REQUESTED_URL)).isEqualTo(requested);
    assertThat(bytes(headers, "ce_subject")).isEqualTo(finalUrl.getBytes(StandardCharsets.UTF_8));
    assertThat(read).usingRecursiveComparison().isEqualTo(page);
  }

  @Test
  void aPageWithoutOptionalMetadataHasNoSuchHeadersAndReadsBackAsNulls() {
    PageFetched page = page("https://a.example/x", "https://a.example/x", new byte[0]);

    List<Header> headers = PageFetchedRecord.headers(page, "id-4", "/test");
    PageFetched read = PageFetchedRecord.decode(headers, null);

    assertThat(headers)
        .extracting(Header::name)
        .doesNotContain(
            PageFetchedRecord.CONTENT_TYPE,
            PageFetchedRecord.REDIRECT,
            PageFetchedRecord.ETAG,
            PageFetchedRecord.LAST_MODIFIED,
            PageFetchedRecord.CONTENT_LANGUAGE);
    assertThat(read).usingRecursiveComparison().isEqualTo(page);
  }

  @Test
  void aMediaTypeWithoutCharsetIsSentAloneAndAQuotedCharsetIsUnquoted() {
    PageFetched noCharset =
        new PageFetched(
            "https://a.example/",
            "https://a.example/",
            List.of(),
            200,
            "application/xhtml+xml",
            null,
            null,
            null,
            null,
            Instant.EPOCH,
            new byte[0]);
    List<Header> headers = PageFetchedRecord.headers(noCharset, "id-5", "/test");
    assertThat(text(headers, "content-type")).isEqualTo("application/xhtml+xml");

    List<Header> quoted = replace(headers, "content-type", "Text/HTML; Charset=\"ISO-8859-1\"");
    PageFetched read = PageFetchedRecord.decode(quoted, new byte[0]);
    assertThat(read.contentType()).isEqualTo("text/html");
    assertThat(read.charset()).isEqualTo("ISO-8859-1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ce_specversion",
        "ce_id",
        "ce_source",
        "ce_type",
        "ce_time",
        "ce_subject",
        "broadsheet-requested-url",
        "broadsheet-status"
      })
  void aMissingRequiredHeaderIsAClearError(String name) {
    List<Header> headers = new ArrayList<>(sampleHeaders());
    headers.removeIf(h -> h.name().equals(name));

    assertThatThrownBy(() -> PageFetchedRecord.decode(headers, sampleValue()))
        .isInstanceOf(MalformedEventException.class)
        .hasMessage("not a valid PageFetched v2 record: missing header " + name);
  }

  @Test
  void aStatusThatIsNotANumberIsAClearError() {
    assertThatThrownBy(() -> decodeSampleWith("broadsheet-status", "two hundred"))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("broadsheet-status is not an HTTP status: two hundred");
    assertThatThrownBy(() -> decodeSampleWith("broadsheet-status", "42"))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("broadsheet-status is not an HTTP status: 42");
  }

  @Test
  void aTimeThatIsNotRfc3339IsAClearError() {
    assertThatThrownBy(() -> decodeSampleWith("ce_time", "yesterday at noon"))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("ce_time is not an RFC 3339 time");
  }

  @Test
  void aHeaderThatIsNotUtf8IsAClearError() {
    List<Header> headers = new ArrayList<>(sampleHeaders());
    headers.removeIf(h -> h.name().equals(PageFetchedRecord.REQUESTED_URL));
    headers.add(new Header(PageFetchedRecord.REQUESTED_URL, new byte[] {'h', (byte) 0xC3, '('}));

    assertThatThrownBy(() -> PageFetchedRecord.decode(headers, sampleValue()))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("header broadsheet-requested-url is not UTF-8");
  }

  @Test
  void anotherTypeOrSpecVersionIsRefused() {
    assertThatThrownBy(() -> decodeSampleWith("ce_type", EventType.PAGE_FETCHED.ceType()))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("ce_type is io.broadsheet.page.fetched.v1");
    assertThatThrownBy(() -> decodeSampleWith("ce_specversion", "0.3"))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("ce_specversion is 0.3");
  }

  @Test
  void aContentTypeWithoutMediaTypeIsAClearError() {
    assertThatThrownBy(() -> decodeSampleWith("content-type", "; charset=utf-8"))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("content-type has no media type");
  }

  @Test
  void unknownHeadersAreIgnoredSoAdditiveChangesNeverBreakConsumers() {
    List<Header> headers = new ArrayList<>(sampleHeaders());
    headers.add(Header.of("broadsheet-from-the-future", "42"));
    headers.add(new Header("traceparent", new byte[] {0, 1}));

    assertThat(PageFetchedRecord.decode(headers, sampleValue()))
        .usingRecursiveComparison()
        .isEqualTo(PageFetchedRecord.decode(sampleHeaders(), sampleValue()));
  }

  @Test
  void readDispatchesOnCeTypeBetweenTheJsonV1AndTheBinaryV2() {
    byte[] v1Json = SchemaSupport.sample(EventType.PAGE_FETCHED);
    List<Header> v1Headers =
        List.of(Header.of("ce_type", EventType.PAGE_FETCHED.ceType()), Header.of("ce_id", "1"));

    PageFetched v1 = PageFetchedRecord.read(v1Headers, v1Json);
    PageFetched untyped = PageFetchedRecord.read(List.of(), v1Json);
    PageFetched v2 = PageFetchedRecord.read(sampleHeaders(), sampleValue());

    assertThat(v1.finalUrl())
        .isEqualTo("https://news.example.org/city/2026/11/harbour-ferry-returns");
    assertThat(untyped).usingRecursiveComparison().isEqualTo(v1);
    assertThat(v2.finalUrl()).isEqualTo(SAMPLE_FINAL_URL);
  }

  @Test
  void readRefusesAnotherTypeAndAV1RecordThatIsNotJson() {
    assertThatThrownBy(
            () ->
                PageFetchedRecord.read(
                    List.of(Header.of("ce_type", EventType.ARTICLE_EXTRACTED.ceType())),
                    sampleValue()))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageContaining("ce_type io.broadsheet.article.extracted.v1 is neither");
    assertThatThrownBy(
            () ->
                PageFetchedRecord.read(
                    List.of(Header.of("ce_type", EventType.PAGE_FETCHED.ceType())), sampleValue()))
        .isInstanceOf(MalformedEventException.class)
        .hasMessageStartingWith("not a valid PageFetched");
  }

  private static PageFetched decodeSampleWith(String name, String value) {
    return PageFetchedRecord.decode(replace(sampleHeaders(), name, value), sampleValue());
  }

  private static List<Header> replace(List<Header> headers, String name, String value) {
    List<Header> replaced = new ArrayList<>();
    for (Header h : headers) {
      replaced.add(h.name().equals(name) ? Header.of(name, value) : h);
    }
    return replaced;
  }

  private static PageFetched page(String requested, String finalUrl, byte[] body) {
    return new PageFetched(
        requested,
        finalUrl,
        List.of(),
        200,
        null,
        null,
        null,
        null,
        null,
        Instant.parse("2026-11-24T08:15:01.250Z"),
        body);
  }

  /** The golden sample's headers, in order, as a consumer in any language would read them. */
  private static List<Header> sampleHeaders() {
    JsonNode sample = SchemaSupport.tree(SchemaSupport.sample(EventType.PAGE_FETCHED_V2));
    List<Header> headers = new ArrayList<>();
    for (JsonNode h : sample.get("headers")) {
      headers.add(Header.of(h.get("name").asText(), h.get("value").asText()));
    }
    return headers;
  }

  private static byte[] sampleValue() {
    try (InputStream in =
        PageFetchedRecordTest.class.getResourceAsStream(PageFetchedRecord.SAMPLE_VALUE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> asText(List<Header> headers) {
    return headers.stream().map(h -> h.name() + ": " + utf8(h)).toList();
  }

  private static byte[] bytes(List<Header> headers, String name) {
    return headers.stream()
        .filter(h -> h.name().equals(name))
        .reduce((a, b) -> b)
        .orElseThrow()
        .value();
  }

  private static String text(List<Header> headers, String name) {
    return new String(bytes(headers, name), StandardCharsets.UTF_8);
  }

  private static String utf8(Header header) {
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
