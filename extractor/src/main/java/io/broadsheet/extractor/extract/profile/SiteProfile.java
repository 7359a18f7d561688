package io.broadsheet.extractor.extract.profile;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Declarative extraction rules for the sites where the generic path fails: the operators' escape
 * hatch. Every rule is optional; a rule that matches nothing on a page leaves the generic result in
 * place, so a stale profile degrades to the generic extractor instead of emptying fields.
 *
 * @param name a label for logs and errors
 * @param hosts hosts the profile applies to: {@code news.example.org} (that host and its {@code
 *     www.} form) or {@code *.example.org} (every subdomain and the domain itself)
 * @param drop CSS selectors of elements removed before anything is extracted
 * @param body CSS selector of the article body container(s); blocks come from the matches only
 * @param title CSS selector whose first match's text is the headline
 * @param authors CSS selector; each match's text is one author
 * @param published CSS selector of the publication time, optionally {@code selector@attribute}
 *     (e.g. {@code time.published@datetime}); the value must be ISO-8601
 * @param section CSS selector whose first match's text is the section
 * @param topics CSS selector; each match's text is one topic
 */
public record SiteProfile(
    String name,
    List<String> hosts,
    List<String> drop,
    String body,
    String title,
    String authors,
    String published,
    String section,
    String topics) {

  public SiteProfile {
    hosts = hosts == null ? List.of() : List.copyOf(hosts);
    drop = drop == null ? List.of() : List.copyOf(drop);
    if (hosts.isEmpty()) {
      throw new IllegalArgumentException("profile " + name + " names no hosts");
    }
  }

  /** Whether this profile applies to a page on {@code host}. */
  public boolean appliesTo(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    String bare = h.startsWith("www.") ? h.substring(4) : h;
    for (String pattern : hosts) {
      String p = pattern.toLowerCase(Locale.ROOT).strip();
      if (p.startsWith("*.")) {
        String domain = p.substring(2);
        if (h.equals(domain) || h.endsWith("." + domain)) {
          return true;
        }
      } else if (Objects.equals(h, p) || Objects.equals(bare, p.replaceFirst("^www\\.", ""))) {
        return true;
      }
    }
    return false;
  }
}
