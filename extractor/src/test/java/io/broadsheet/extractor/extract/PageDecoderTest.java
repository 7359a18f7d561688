package io.broadsheet.extractor.extract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.extractor.extract.PageDecoder.Decoded;
import io.broadsheet.extractor.extract.PageDecoder.Source;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private final PageDecoder decoder = new PageDecoder();

  @Test
  void aUtf8BomWinsOverTheHeaderAndIsStripped() {
    byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("<p>é</p>"));

    Decoded decoded = decoder.decode(body, "iso-8859-1");

    assertThat(decoded.text()).isEqualTo("<p>é</p>");
    assertThat(decoded.source()).isEqualTo(Source.BOM);
  }

  @Test
  void aUtf16LeBomIsHonoured() {
    byte[] body =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE}, "<p>ü</p>".getBytes(StandardCharsets.UTF_16LE));

    assertThat(decoder.decode(body, null).text()).isEqualTo("<p>ü</p>");
  }

  @Test
  void theHeaderCharsetWinsOverMeta() {
    byte[] body = "<meta charset=utf-8><p>caf\u00e9</p>".getBytes(WINDOWS_1252);

    Decoded decoded = decoder.decode(body, "windows-1252");

    assertThat(decoded.text()).isEqualTo("<meta charset=utf-8><p>café</p>");
    assertThat(decoded.source()).isEqualTo(Source.HEADER);
  }

  @Test
  void readsAnHttpEquivMetaWhenTheHeaderHasNoCharset() {
    byte[] body =
        "<meta http-equiv=Content-Type content='text/html; charset=windows-1252'><p>\u20ac</p>"
            .getBytes(WINDOWS_1252);

    Decoded decoded = decoder.decode(body, null);

    assertThat(decoded.text()).endsWith("<p>€</p>");
    assertThat(decoded.charset()).isEqualTo(WINDOWS_1252);
    assertThat(decoded.source()).isEqualTo(Source.META);
  }

  @Test
  void ignoresAMetaBeyondTheFirst2Kb() {
    String padding = "<!--" + "x".repeat(PageDecoder.META_SNIFF_BYTES) + "-->";
    byte[] body =
        (padding + "<meta charset=windows-1252><p>é</p>").getBytes(StandardCharsets.UTF_8);

    Decoded decoded = decoder.decode(body, null);

    assertThat(decoded.source()).isEqualTo(Source.DEFAULT);
    assertThat(decoded.text()).endsWith("<p>é</p>");
  }

  @Test
  void treatsLatin1LabelsAsWindows1252() {
    assertThat(decoder.decode(new byte[] {(byte) 0x93}, "ISO-8859-1").text()).isEqualTo("\u201c");
  }

  @Test
  void skipsAnUnknownHeaderCharsetAndFallsBackToUtf8() {
    Decoded decoded = decoder.decode(utf8("<p>ß</p>"), "no-such-charset!");

    assertThat(decoded.text()).isEqualTo("<p>ß</p>");
    assertThat(decoded.source()).isEqualTo(Source.DEFAULT);
  }

  @Test
  void replacesInvalidBytesInsteadOfThrowing() {
    Decoded decoded = decoder.decode(new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'}, "utf-8");

    assertThat(decoded.text()).isEqualTo("a\uFFFD(b");
  }

  @Test
  void aUtf16MetaLabelMeansUtf8() {
    Decoded decoded = decoder.decode(utf8("<meta charset=utf-16><p>ö</p>"), null);

    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.text()).endsWith("<p>ö</p>");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void utf8BytesWinOverAWrongLegacyDeclaration() {
    byte[] body =
        "<html><head><meta charset=\"iso-8859-15\"></head><body>sanción, Grüße</body></html>"
            .getBytes(StandardCharsets.UTF_8);

    PageDecoder.Decoded decoded = new PageDecoder().decode(body, null);

    assertThat(decoded.text()).contains("sanción, Grüße");
    assertThat(decoded.source()).isEqualTo(PageDecoder.Source.DETECTED);
  }

  @Test
  void legacyBytesDeclaredLegacyStayLegacy() {
    byte[] body =
        "<html><head><meta charset=\"iso-8859-1\"></head><body>sanción</body></html>"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));

    PageDecoder.Decoded decoded = new PageDecoder().decode(body, null);

    assertThat(decoded.text()).contains("sanción");
    assertThat(decoded.source()).isEqualTo(PageDecoder.Source.META);
  }

  @Test
  void undeclaredBytesThatAreNotUtf8AreReadAsWindows1252() {
    byte[] body =
        "<html><body>café – naïve</body></html>"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));

    PageDecoder.Decoded decoded = new PageDecoder().decode(body, null);

    assertThat(decoded.text()).contains("café – naïve");
  }

  @Test
  void aMultiByteSequenceCutOffAtTheEndIsNoEvidenceAgainstUtf8() {
    byte[] whole = "<p>Grüße €".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);

    assertThat(PageDecoder.Utf8Check.of(cut)).isEqualTo(PageDecoder.Utf8Check.MULTIBYTE);
    assertThat(PageDecoder.Utf8Check.of("plain".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(PageDecoder.Utf8Check.ASCII);
  }

  @Test
  void theUtf8CheckFindsEveryNonAsciiByteWhereverItFallsInAnEightByteRun() {
    // the check skips ASCII eight bytes at a time: every offset and every kind of byte after it
    for (int offset = 0; offset < 20; offset++) {
      String ascii = "a".repeat(offset);
      assertThat(PageDecoder.Utf8Check.of((ascii + "ü and more text").getBytes(UTF_8)))
          .as("valid at %d", offset)
          .isEqualTo(PageDecoder.Utf8Check.MULTIBYTE);
      byte[] latin1 = (ascii + "ü and more text").getBytes(StandardCharsets.ISO_8859_1);
      assertThat(PageDecoder.Utf8Check.of(latin1))
          .as("invalid at %d", offset)
          .isEqualTo(PageDecoder.Utf8Check.INVALID);
      assertThat(PageDecoder.Utf8Check.of((ascii + "plain text!").getBytes(UTF_8)))
          .isEqualTo(PageDecoder.Utf8Check.ASCII);
    }
  }

  @Test
  void decodesMalformedAndUnmappableBytesExactlyAsTheStringConstructorDoes() {
    // a lone continuation byte, a cut 3-byte sequence, an overlong form, a surrogate, a 4-byte char
    byte[] utf8 = {
      '<',
      'p',
      '>',
      (byte) 0x80,
      'a',
      (byte) 0xE2,
      (byte) 0x82,
      'b',
      (byte) 0xC0,
      (byte) 0xAF,
      (byte) 0xED,
      (byte) 0xA0,
      (byte) 0x80,
      (byte) 0xF0,
      (byte) 0x9F,
      (byte) 0x93,
      (byte) 0xB0
    };
    // 0x81 and 0x8D are unassigned in windows-1252
    byte[] legacy = {'<', 'p', '>', (byte) 0x81, (byte) 0xE9, (byte) 0x8D, (byte) 0x93};

    assertThat(decoder.decode(utf8, "utf-8").text())
        .isEqualTo(new String(utf8, StandardCharsets.UTF_8));
    assertThat(decoder.decode(legacy, "windows-1252").text())
        .isEqualTo(new String(legacy, java.nio.charset.Charset.forName("windows-1252")));
  }

  @Test
  void aLongPageDecodesTheSameWhereverItsSequencesFallAgainstTheDecodersSlices() {
    // Multi-byte characters and malformed bytes at every offset around the slice boundaries: the
    // page is decoded slice by slice, and must read exactly as one decode of the whole does.
    StringBuilder text = new StringBuilder("<p>");
    String[] pieces = {"a", "ä", "’", "€", "漢字", "😀", " word ", "\n"};
    for (int i = 0; text.length() < 4 * PageDecoder.DECODE_SLICE; i++) {
      text.append(pieces[i % pieces.length]).append("x".repeat(i % 5));
    }
    for (String name : new String[] {"utf-8", "windows-1252", "Shift_JIS", "GB18030", "EUC-KR"}) {
      Charset charset = Charset.forName(name);
      byte[] body = text.toString().getBytes(charset);
      assertThat(decoder.decode(body, name).text()).as(name).isEqualTo(new String(body, charset));
    }
    byte[] broken = text.toString().getBytes(StandardCharsets.UTF_8);
    for (int at = PageDecoder.DECODE_SLICE - 3; at <= PageDecoder.DECODE_SLICE + 3; at++) {
      byte[] page = broken.clone();
      page[at] = (byte) 0xE2; // a 3-byte lead, usually cut short by what follows
      page[at + 1] = (byte) 0x82;
      assertThat(decoder.decode(page, "utf-8").text())
          .isEqualTo(new String(page, StandardCharsets.UTF_8));
    }
  }

  @Test
  void findsTheFirstCharacterThatIsNotWhitespace() {
    assertThat(decoder.decode(utf8(" \n\t\u3000<p>x"), "utf-8").firstNonWhitespace())
        .isEqualTo('<');
    assertThat(decoder.decode(utf8(" \n\u2003 "), "utf-8").firstNonWhitespace()).isEqualTo(-1);
    // a no-break space is not whitespace to String.isBlank either
    assertThat(decoder.decode(utf8("\u00A0"), "utf-8").firstNonWhitespace()).isEqualTo(0xA0);
  }
}
