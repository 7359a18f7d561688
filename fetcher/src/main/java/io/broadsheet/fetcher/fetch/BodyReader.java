package io.broadsheet.fetcher.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.brotli.dec.BrotliInputStream;

/**
 * Reads a response body, undoing its {@code Content-Encoding} — gzip (x-gzip), deflate (zlib or
 * raw), br, and stacks of them such as {@code gzip, br} — and stopping as soon as the bytes coming
 * out of any decoding step pass a limit, so a small compressed response cannot expand without
 * bound. It never closes the stream it is given: the caller decides whether the connection is
 * closed or reused.
 */
final class BodyReader {

  /** The {@code Accept-Encoding} header: exactly what this reader decodes. */
  static final String ACCEPT_ENCODING = "gzip, deflate, br";

  /** Most encodings stacked on one body. */
  static final int MAX_LAYERS = 3;

  /** The decoded body is larger than the limit; reading stopped there. */
  static final class TooLargeException extends IOException {
    TooLargeException(long limit) {
      super("decoded body exceeds " + limit + " bytes");
    }
  }

  /** The response uses a content encoding this reader cannot undo. */
  static final class UnsupportedEncodingException extends IOException {
    UnsupportedEncodingException(String message) {
      super(message);
    }
  }

  /** The compressed body is corrupt or truncated. */
  static final class CorruptBodyException extends IOException {
    CorruptBodyException(String coding, Throwable cause) {
      super("corrupt " + coding + " body: " + cause.getMessage(), cause);
    }
  }

  private BodyReader() {}

  /**
   * The codings of a {@code Content-Encoding} header in the order they were applied, without {@code
   * identity}.
   *
   * @throws UnsupportedEncodingException when a coding is unknown or there are too many
   */
  static List<String> codings(String contentEncoding) throws UnsupportedEncodingException {
    List<String> codings = new ArrayList<>();
    if (contentEncoding == null) {
      return codings;
    }
    for (String token : contentEncoding.split(",")) {
      String coding = token.strip().toLowerCase(Locale.ROOT);
      switch (coding) {
        case "", "identity" -> {}
        case "gzip", "x-gzip", "deflate", "br" -> codings.add(coding);
        default ->
            throw new UnsupportedEncodingException(
                "unsupported Content-Encoding: " + coding + " (we decode " + ACCEPT_ENCODING + ")");
      }
    }
    if (codings.size() > MAX_LAYERS) {
      throw new UnsupportedEncodingException(
          "Content-Encoding stacks " + codings.size() + " codings, at most " + MAX_LAYERS);
    }
    return codings;
  }

  /**
   * Reads and decodes {@code raw} up to its end, at most {@code maxBytes} bytes out of every step.
   *
   * @param contentEncoding the {@code Content-Encoding} header (several joined with commas), or
   *     null
   * @throws TooLargeException when a decoding step produces more than {@code maxBytes}
   * @throws UnsupportedEncodingException when an encoding is not one of {@link #ACCEPT_ENCODING}
   * @throws CorruptBodyException when the compressed data is invalid or truncated
   * @throws IOException when reading fails
   */
  static byte[] read(InputStream raw, String contentEncoding, long maxBytes) throws IOException {
    return read(raw, contentEncoding, maxBytes, -1);
  }

  /**
   * As {@link #read(InputStream, String, long)}; with {@code declaredLength} (the {@code
   * Content-Length}, -1 when unknown) an unencoded body is read straight into one array of that
   * size, instead of through a growing buffer and a final copy: the page bytes are copied once less
   * on their way to the record. Bytes beyond the declared length are left in {@code raw} (the
   * caller checks that it is at its end).
   */
  static byte[] read(InputStream raw, String contentEncoding, long maxBytes, long declaredLength)
      throws IOException {
    List<String> codings = codings(contentEncoding);
    if (codings.isEmpty() && declaredLength >= 0 && declaredLength <= maxBytes) {
      byte[] body = new byte[(int) declaredLength];
      int n = raw.readNBytes(body, 0, body.length);
      return n == body.length ? body : Arrays.copyOf(body, n);
    }
    InputStream in = raw;
    for (int i = codings.size() - 1; i >= 0; i--) {
      in = new Capped(decoding(codings.get(i), in), maxBytes);
    }
    if (codings.isEmpty()) {
      in = new Capped(raw, maxBytes);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    int n;
    while ((n = in.read(buffer)) != -1) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static InputStream decoding(String coding, InputStream in) throws IOException {
    try {
      return new Decoding(
          coding,
          switch (coding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(in, 8192);
            case "deflate" -> inflating(new BufferedInputStream(in));
            // org.brotli:dec 0.1.2 loses bytes when read() and read(byte[]) are mixed on one
            // stream (as GZIPInputStream does on top of it): give it array reads only.
            default -> new BufferedInputStream(new BrotliInputStream(in));
          });
    } catch (IOException e) {
      throw Decoding.classify(coding, e);
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

  /** Turns a decoder's complaints about its input into {@link CorruptBodyException}. */
  private static final class Decoding extends FilterInputStream {
    private final String coding;

    Decoding(String coding, InputStream decoder) {
      super(decoder);
      this.coding = coding;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw classify(coding, e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        throw classify(coding, e);
      }
    }

    /** A network failure passes through; a decoding failure becomes corrupt. */
    static IOException classify(String coding, IOException e) {
      if (e instanceof TooLargeException || e instanceof CorruptBodyException) {
        return e;
      }
      if (e instanceof ZipException || e instanceof EOFException) {
        return new CorruptBodyException(coding, e);
      }
      if (coding.equals("br") && e.getCause() instanceof RuntimeException brotli) {
        // the decoder wraps its (package-private) BrotliRuntimeException, itself wrapping any
        // failure of the input
        for (Throwable t = brotli.getCause(); t != null; t = t.getCause()) {
          if (t instanceof IOException io) {
            return io; // the input failed, not the decoding
          }
        }
        return new CorruptBodyException(coding, brotli);
      }
      return e;
    }
  }

  /** Fails with {@link TooLargeException} once more than {@code limit} bytes came through. */
  private static final class Capped extends FilterInputStream {
    private final long limit;
    private long count;

    Capped(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public void close() {
      // never closes the response stream: see the class comment
    }

    private void count(int n) throws TooLargeException {
      count += n;
      if (count > limit) {
        throw new TooLargeException(limit);
      }
    }
  }
}
