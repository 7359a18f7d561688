package io.broadsheet.extractor.extract;

import java.io.CharArrayReader;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns body bytes into text with the right charset, in this order of precedence (a simplified
 * version of the HTML encoding-sniffing algorithm):
 *
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16BE, UTF-16LE), which is stripped;
 *   <li>the charset of the {@code Content-Type} response header;
 *   <li>a {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} within the first 2 KB;
 *   <li>UTF-8.
 * </ol>
 *
 * Labels the HTML standard maps to windows-1252 (ISO-8859-1, US-ASCII, latin1) are decoded as
 * windows-1252; a UTF-16 label found in a {@code <meta>} means UTF-8, since the meta could be read
 * as ASCII. Unknown labels are skipped. Bytes invalid in the chosen charset become U+FFFD; decoding
 * never throws.
 *
 * <p>Declarations are often wrong (a template copied from an old site still says ISO-8859-15 while
 * the CMS writes UTF-8). Bytes that are strictly valid UTF-8 and hold multi-byte sequences are
 * practically never legacy-encoded text, so such a body is read as UTF-8 whatever the header or
 * meta says ({@link Source#DETECTED}). The reverse holds for undeclared bodies: bytes that are not
 * valid UTF-8 are read as windows-1252, the web's legacy default, instead of filling the text with
 * U+FFFD.
 *
 * <p>The text is decoded straight into one {@code char[]} that the parser reads ({@link
 * Decoded#reader()}), not into a {@code String}: for a page holding one character outside Latin-1
 * (a curly quote is enough), {@code new String(bytes, UTF_8)} allocates about five bytes per page
 * byte (a Latin-1 attempt, a UTF-16 copy, a trimmed copy), which made decoding a quarter of all the
 * memory the extractor allocates per page.
 */
public final class PageDecoder {

  /** How far into the body a {@code <meta>} charset declaration is looked for. */
  static final int META_SNIFF_BYTES = 2048;

  /** Bytes handed to the charset decoder per call (see {@link #decoded}). */
  static final int DECODE_SLICE = 512;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * Decoded text (the first {@code length} characters of {@code chars}) and the charset it was
   * decoded with, and why that one. The array is the decoder's own: read it, never change it.
   */
  public record Decoded(char[] chars, int length, Charset charset, Source source) {

    /** The text as a string (a copy: the extractor itself reads {@link #reader()}). */
    public String text() {
      return new String(chars, 0, length);
    }

    /** The text for the parser, without a copy. */
    public Reader reader() {
      return new CharArrayReader(chars, 0, length);
    }

    /**
     * The first character that is not whitespace ({@link Character#isWhitespace}, as {@link
     * String#isBlank()} and {@link String#stripLeading()} judge it), or -1 when the text is blank.
     */
    public int firstNonWhitespace() {
      for (int i = 0; i < length; i++) {
        // a surrogate is never whitespace, and no supplementary code point is either
        if (!Character.isWhitespace(chars[i])) {
          return chars[i];
        }
      }
      return -1;
    }
  }

  /** Where the charset came from. */
  public enum Source {
    BOM,
    HEADER,
    META,
    /** The declared or default charset contradicted the bytes; see the class comment. */
    DETECTED,
    DEFAULT
  }

  /**
   * Decodes {@code body}.
   *
   * @param body the raw bytes, not null
   * @param headerCharset the charset parameter of the Content-Type header, or null
   */
  public Decoded decode(byte[] body, String headerCharset) {
    if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
      return decoded(body, 3, StandardCharsets.UTF_8, Source.BOM);
    }
    if (startsWith(body, 0xFE, 0xFF)) {
      return decoded(body, 2, StandardCharsets.UTF_16BE, Source.BOM);
    }
    if (startsWith(body, 0xFF, 0xFE)) {
      return decoded(body, 2, StandardCharsets.UTF_16LE, Source.BOM);
    }
    Optional<Charset> fromHeader = charsetFor(headerCharset);
    if (fromHeader.isPresent()) {
      return declared(body, fromHeader.get(), Source.HEADER);
    }
    Optional<Charset> fromMeta = sniffMeta(body).map(PageDecoder::asciiCompatible);
    if (fromMeta.isPresent()) {
      return declared(body, fromMeta.get(), Source.META);
    }
    if (Utf8Check.of(body) == Utf8Check.INVALID) {
      return decoded(body, 0, WINDOWS_1252, Source.DETECTED);
    }
    return decoded(body, 0, StandardCharsets.UTF_8, Source.DEFAULT);
  }

  /** The declared charset, unless the bytes are plainly UTF-8 and it is something else. */
  private static Decoded declared(byte[] body, Charset charset, Source source) {
    boolean declaredUtf = charset.name().startsWith("UTF-");
    if (!declaredUtf && Utf8Check.of(body) == Utf8Check.MULTIBYTE) {
      return decoded(body, 0, StandardCharsets.UTF_8, Source.DETECTED);
    }
    return decoded(body, 0, charset, source);
  }

  /** A byte array read as longs (the byte order does not matter for a test of the top bits). */
  private static final VarHandle EIGHT_BYTES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** What the bytes are as UTF-8. */
  enum Utf8Check {
    /** Only ASCII: every ASCII-compatible charset reads it the same. */
    ASCII,
    /** Valid UTF-8 with at least one multi-byte sequence. */
    MULTIBYTE,
    /** Not valid UTF-8. */
    INVALID;

    static Utf8Check of(byte[] body) {
      boolean multibyte = false;
      int i = 0;
      while (i < body.length) {
        // eight ASCII bytes at a time: most of any page's markup is ASCII
        if (i + Long.BYTES <= body.length
            && ((long) EIGHT_BYTES.get(body, i) & 0x8080808080808080L) == 0) {
          i += Long.BYTES;
          continue;
        }
        int b = body[i] & 0xFF;
        int extra;
        if (b < 0x80) {
          i++;
          continue;
        } else if (b >= 0xC2 && b <= 0xDF) {
          extra = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
          extra = 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
          extra = 3;
        } else {
          return INVALID;
        }
        if (i + extra >= body.length) {
          // a sequence cut off by the end of the body (a truncated download) is no evidence
          // against UTF-8
          return multibyte ? MULTIBYTE : ASCII;
        }
        for (int k = 1; k <= extra; k++) {
          if ((body[i + k] & 0xC0) != 0x80) {
            return INVALID;
          }
        }
        multibyte = true;
        i += extra + 1;
      }
      return multibyte ? MULTIBYTE : ASCII;
    }
  }

  private static Optional<Charset> sniffMeta(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, META_SNIFF_BYTES), WINDOWS_1252);
    Matcher matcher = META_CHARSET.matcher(head);
    while (matcher.find()) {
      Optional<Charset> charset = charsetFor(matcher.group(1));
      if (charset.isPresent()) {
        return charset;
      }
    }
    return Optional.empty();
  }

  /** Resolves a charset label, or empty when it is blank or unknown. */
  static Optional<Charset> charsetFor(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String name = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    switch (name) {
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii" -> {
        return Optional.of(WINDOWS_1252);
      }
      default -> {
        try {
          return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty();
        }
      }
    }
  }

  private static Charset asciiCompatible(Charset charset) {
    return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")
        ? StandardCharsets.UTF_8
        : charset;
  }

  /**
   * Decodes as {@code new String(body, offset, length, charset)} does (malformed and unmappable
   * input become U+FFFD), into a {@code char[]} sized by the charset's most characters per byte.
   */
  private static Decoded decoded(byte[] body, int offset, Charset charset, Source source) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    int bytes = body.length - offset;
    CharBuffer out =
        CharBuffer.allocate((int) Math.ceil(bytes * (double) decoder.maxCharsPerByte()) + 1);
    ByteBuffer in = ByteBuffer.wrap(body, offset, bytes);
    // Fed in slices, as a stream would feed it: the JDK decoders copy a run of ASCII with a fast
    // intrinsic only at the start of each call, and go byte by byte after the first non-ASCII
    // character; one typographic quote near the top of a page sent the whole rest of it down the
    // slow path (over half of the decoding time on the dev pages). Streaming input is the
    // decoders' own contract (a sequence cut at a slice's end waits for the next), so the text is
    // the same.
    CoderResult result = CoderResult.UNDERFLOW;
    int end = in.limit();
    while (result.isUnderflow() && end - in.position() > DECODE_SLICE) {
      int before = in.position();
      in.limit(before + DECODE_SLICE);
      result = decoder.decode(in, out, false);
      in.limit(end);
      if (in.position() == before) {
        break; // no progress on a slice (cannot happen with real charsets): decode the rest whole
      }
    }
    if (result.isUnderflow()) {
      result = decoder.decode(in, out, true);
    }
    if (!result.isUnderflow() || !decoder.flush(out).isUnderflow()) {
      // never with a buffer of the decoder's own maximum; the plain way, should a charset lie
      String text = new String(body, offset, bytes, charset);
      return new Decoded(text.toCharArray(), text.length(), charset, source);
    }
    return new Decoded(out.array(), out.position(), charset, source);
  }

  private static boolean startsWith(byte[] body, int... prefix) {
    if (body.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((body[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
