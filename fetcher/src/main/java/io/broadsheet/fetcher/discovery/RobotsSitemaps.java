package io.broadsheet.fetcher.discovery;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;

/** The sitemaps a robots.txt announces ({@code Sitemap:} lines), read by crawler-commons. */
public final class RobotsSitemaps {

  /** The robots.txt URL of {@code url}'s origin. */
  public static String robotsUrl(String url) {
    return URI.create(url).resolve("/robots.txt").toString();
  }

  /** The sitemap URLs in {@code robots} (fetched from {@code robotsUrl}), in order. */
  public List<String> sitemaps(byte[] robots, String robotsUrl, String agent) {
    SimpleRobotRules rules =
        new SimpleRobotRulesParser()
            .parseContent(robotsUrl, robots, "text/plain", List.of(agent.toLowerCase()));
    return List.copyOf(rules.getSitemaps());
  }
}
