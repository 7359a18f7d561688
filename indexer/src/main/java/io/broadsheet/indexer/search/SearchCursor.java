package io.broadsheet.indexer.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where the next page of a search starts: the sort key and id of the last item served, and the
 * fingerprint of the query it belongs to. Keyset, not offset: articles indexed while a client pages
 * never shift, repeat or hide the ones it has not seen yet. Opaque on the wire (base64url); a
 * cursor sent with another query is refused instead of silently paging something else.
 *
 * @param sortAt the last item's time (time order), or null
 * @param rank the last item's rank (relevance order), or null
 * @param id the last item's id (the tie-breaker)
 */
public record SearchCursor(Instant sortAt, Float rank, String id, String query) {

  private static final String SEPARATOR = "|";

  /** The opaque form handed to clients. */
  public String encode() {
    String key = sortAt != null ? "t" + SEPARATOR + sortAt : "r" + SEPARATOR + Float.toString(rank);
    String plain = key + SEPARATOR + id + SEPARATOR + query;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a cursor a client sent back with a request.
   *
   * @throws InvalidSearchException when it is not a cursor issued for this query and order
   */
  public static SearchCursor decode(String opaque, String query, SearchRequest.Sort sort) {
    String[] parts;
    try {
      parts =
          new String(Base64.getUrlDecoder().decode(opaque), StandardCharsets.UTF_8)
              .split("\\|", -1);
    } catch (IllegalArgumentException e) {
      throw invalid(opaque);
    }
    if (parts.length != 4 || parts[2].isEmpty()) {
      throw invalid(opaque);
    }
    if (!parts[3].equals(query)) {
      throw new InvalidSearchException(
          "cursor", "cursor belongs to another query; pass the same parameters it was issued with");
    }
    try {
      if (parts[0].equals("t") && sort == SearchRequest.Sort.TIME) {
        return new SearchCursor(Instant.parse(parts[1]), null, parts[2], query);
      }
      if (parts[0].equals("r") && sort == SearchRequest.Sort.RELEVANCE) {
        return new SearchCursor(null, Float.parseFloat(parts[1]), parts[2], query);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      throw invalid(opaque);
    }
    throw invalid(opaque);
  }

  private static InvalidSearchException invalid(String opaque) {
    return new InvalidSearchException("cursor", "invalid cursor '" + opaque + "'");
  }
}
