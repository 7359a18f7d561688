package io.broadsheet.indexer.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

/**
 * A position in the article listing (newest first): the sort key and id of the last item served. On
 * the wire it is opaque, base64url without padding; clients must pass it back unchanged.
 *
 * @param sortAt the {@code sort_at} of the last item served
 * @param id the id of the last item served (the tie-breaker)
 */
public record ListingCursor(Instant sortAt, String id) {

  private static final char SEPARATOR = '|';

  public ListingCursor {
    Objects.requireNonNull(sortAt, "sortAt");
    Objects.requireNonNull(id, "id");
  }

  /** The opaque form handed to clients. */
  public String encode() {
    String plain = sortAt.toString() + SEPARATOR + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a cursor a client sent back.
   *
   * @throws IllegalArgumentException when it is not a cursor this service issued
   */
  public static ListingCursor decode(String opaque) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(opaque), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid cursor: not base64url", e);
    }
    int separator = plain.indexOf(SEPARATOR);
    if (separator <= 0 || separator == plain.length() - 1) {
      throw new IllegalArgumentException("invalid cursor");
    }
    try {
      return new ListingCursor(
          Instant.parse(plain.substring(0, separator)), plain.substring(separator + 1));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("invalid cursor", e);
    }
  }
}
