package io.broadsheet.fetcher.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body, undoing its {@code Content-Encoding} (gzip, deflate) and stopping as soon
 * as the decoded bytes pass a limit, so a small compressed response cannot expand without bound.
 */
final class BodyReader {

  /** The decoded body is larger than the limit; reading stopped there. */
  static final class TooLargeException extends IOException {
    TooLargeException(long limit) {
      super("decoded body exceeds " + limit + " bytes");
    }
  }

  /** The response uses a content encoding this reader cannot undo. */
  static final class UnsupportedEncodingException extends IOException {
    UnsupportedEncodingException(String encoding) {
      super("unsupported Content-Encoding: " + encoding);
    }
  }

  private BodyReader() {}

  /**
   * Reads and decodes {@code raw} completely, up to {@code maxBytes} decoded bytes.
   *
   * @param contentEncoding the {@code Content-Encoding} header, or null
   * @throws TooLargeException when the decoded body exceeds {@code maxBytes}
   * @throws UnsupportedEncodingException when the encoding is not identity, gzip or deflate
   * @throws IOException when reading or decoding fails (a corrupt stream is a {@code ZipException})
   */
  static byte[] read(InputStream raw, String contentEncoding, long maxBytes) throws IOException {
    try (InputStream in = decoding(raw, contentEncoding)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
        if (total > maxBytes) {
          throw new TooLargeException(maxBytes);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static InputStream decoding(InputStream raw, String contentEncoding) throws IOException {
    String encoding =
        contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
    switch (encoding) {
      case "", "identity":
        return raw;
      case "gzip", "x-gzip":
        return new GZIPInputStream(raw);
      case "deflate":
        return inflating(new BufferedInputStream(raw));
      default:
        raw.close();
        throw new UnsupportedEncodingException(encoding);
    }
  }

  /** "deflate" should be zlib-wrapped (RFC 9110) but some servers send raw deflate: accept both. */
  private static InputStream inflating(BufferedInputStream in) throws IOException {
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
    return new InflaterInputStream(in, new Inflater(!zlib));
  }
}
