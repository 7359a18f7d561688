package io.broadsheet.indexer.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error response, as {@code application/problem+json} (RFC 9457): {@code type},
 * {@code title}, {@code status}, {@code detail}, plus {@code parameter} naming the query parameter
 * at fault when there is one. {@code error} repeats {@code detail}: it was the whole error body
 * before problem details, and clients built on it keep working.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(
    String type, String title, int status, String detail, String parameter, String error) {

  /** The media type of error responses. */
  public static final String MEDIA_TYPE = "application/problem+json";

  static ApiError of(int status, String title, String detail, String parameter) {
    return new ApiError("about:blank", title, status, detail, parameter, detail);
  }
}
