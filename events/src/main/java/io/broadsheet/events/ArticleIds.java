package io.broadsheet.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids: the first 16 bytes of SHA-256 of the canonical URL, in hex. Deterministic, so every
 * replica and every re-delivery names the same article the same way, which makes upserts idempotent
 * without coordination.
 */
public final class ArticleIds {

  public static String forCanonicalUrl(String canonicalUrl) {
    return HexFormat.of().formatHex(sha256(canonicalUrl.getBytes(StandardCharsets.UTF_8)), 0, 16);
  }

  /** SHA-256 of {@code text} (UTF-8) in hex; used for content hashes. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private ArticleIds() {}
}
