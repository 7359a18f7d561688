package io.broadsheet.fetcher.fetch;

import io.broadsheet.events.PageFetched;
import io.broadsheet.events.Reasons;
import java.time.Duration;
import java.util.Objects;

/** The result of downloading one URL: a page, or the reason there is none. */
public sealed interface FetchOutcome {

  /** The URL that was asked for. */
  String requestedUrl();

  /** A page was downloaded. */
  record Fetched(PageFetched page) implements FetchOutcome {
    public Fetched {
      Objects.requireNonNull(page, "page");
    }

    @Override
    public String requestedUrl() {
      return page.requestedUrl();
    }
  }

  /**
   * The download failed.
   *
   * @param requestedUrl the URL asked for
   * @param reason a stable code from {@link Reasons}
   * @param detail what happened, for people
   * @param retryAfter how long the server asked us to wait ({@code Retry-After} on a 429 or 5xx),
   *     or null when it did not say
   */
  record Failed(String requestedUrl, String reason, String detail, Duration retryAfter)
      implements FetchOutcome, ResourceOutcome {
    public Failed {
      Objects.requireNonNull(requestedUrl, "requestedUrl");
      Objects.requireNonNull(reason, "reason");
    }

    public Failed(String requestedUrl, String reason, String detail) {
      this(requestedUrl, reason, detail, null);
    }
  }
}
