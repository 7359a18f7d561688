package io.broadsheet.fetcher.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.broadsheet.fetcher.url.UrlVerdict;
import java.util.List;

/**
 * The 202 body of {@code POST /urls}: counts and one verdict per URL, in the order given.
 *
 * @param accepted URLs published for fetching
 * @param invalid URLs refused
 * @param results the verdict on each URL
 */
public record SubmitUrlsResponse(int accepted, int invalid, List<UrlResult> results) {

  /**
   * The verdict on one URL.
   *
   * @param url the URL as given
   * @param status {@code accepted} or {@code invalid}
   * @param normalizedUrl the URL that will be fetched, when accepted
   * @param reason why it was refused, when invalid
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record UrlResult(
      String url,
      String status,
      @JsonProperty("normalized_url") String normalizedUrl,
      String reason) {}

  static SubmitUrlsResponse of(List<UrlVerdict> verdicts) {
    List<UrlResult> results =
        verdicts.stream()
            .map(
                v ->
                    v instanceof UrlVerdict.Valid valid
                        ? new UrlResult(valid.input(), "accepted", valid.url(), null)
                        : new UrlResult(
                            v.input(), "invalid", null, ((UrlVerdict.Invalid) v).reason()))
            .toList();
    int accepted = (int) results.stream().filter(r -> r.status().equals("accepted")).count();
    return new SubmitUrlsResponse(accepted, results.size() - accepted, results);
  }
}
