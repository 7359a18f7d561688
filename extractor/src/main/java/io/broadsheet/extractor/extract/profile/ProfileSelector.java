package io.broadsheet.extractor.extract.profile;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A profile rule {@code css[@attribute]}: the CSS part selects elements, the optional attribute
 * names where the value is (otherwise the element's text). The {@code @} is only taken as the
 * attribute separator after the last {@code ]}, so attribute selectors such as {@code a[href*=@]}
 * stay intact.
 */
record ProfileSelector(String css, String attribute) {

  static ProfileSelector of(String rule) {
    if (rule == null) {
      return new ProfileSelector(null, null);
    }
    int at = rule.lastIndexOf('@');
    if (at > rule.lastIndexOf(']') && at > 0) {
      return new ProfileSelector(rule.substring(0, at).strip(), rule.substring(at + 1).strip());
    }
    return new ProfileSelector(rule.strip(), null);
  }

  /** The value of the first match, or null. */
  String first(Element root) {
    Elements matches = root.select(css);
    for (Element e : matches) {
      String v = valueOf(e);
      if (!v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  String valueOf(Element e) {
    return (attribute == null ? e.text() : e.attr(attribute)).strip();
  }
}
