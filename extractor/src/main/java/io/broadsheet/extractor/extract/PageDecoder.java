package io.broadsheet.extractor.extract;

import java.nio.charset.Charset;
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
 */
public final class PageDecoder {

  /** How far into the body a {@code <meta>} charset declaration is looked for. */
  static final int META_SNIFF_BYTES = 2048;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Decoded text and the charset it was decoded with, and why that one. */
  public record Decoded(String text, Charset charset, Source source) {}

  /** Where the charset came from. */
  public enum Source {
    BOM,
    HEADER,
    META,
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
      return decoded(body, 0, fromHeader.get(), Source.HEADER);
    }
    Optional<Charset> fromMeta = sniffMeta(body).map(PageDecoder::asciiCompatible);
    if (fromMeta.isPresent()) {
      return decoded(body, 0, fromMeta.get(), Source.META);
    }
    return decoded(body, 0, StandardCharsets.UTF_8, Source.DEFAULT);
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

  private static Decoded decoded(byte[] body, int offset, Charset charset, Source source) {
    return new Decoded(new String(body, offset, body.length - offset, charset), charset, source);
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
