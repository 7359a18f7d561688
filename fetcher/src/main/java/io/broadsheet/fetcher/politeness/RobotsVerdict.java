package io.broadsheet.fetcher.politeness;

import io.broadsheet.fetcher.fetch.FetchOutcome;

/** What robots.txt says about one URL. */
public sealed interface RobotsVerdict {

  /** The URL may be fetched. */
  record Allowed() implements RobotsVerdict {}

  /** robots.txt disallows the URL for our agent. */
  record Disallowed(String robotsUrl) implements RobotsVerdict {}

  /**
   * robots.txt could not be read (5xx, 429, timeout, connection, DNS...): per RFC 9309 the whole
   * site counts as disallowed until it is tried again, after a short while.
   *
   * @param failure why the last try failed; its reason decides whether retrying the URL makes sense
   */
  record Unavailable(FetchOutcome.Failed failure) implements RobotsVerdict {}

  /** Nothing is cached for the URL's site: robots.txt must be fetched first. */
  record Unknown() implements RobotsVerdict {}
}
