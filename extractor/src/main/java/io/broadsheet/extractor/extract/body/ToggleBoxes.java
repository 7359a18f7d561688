package io.broadsheet.extractor.extract.body;

import io.broadsheet.extractor.extract.PageIndex;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Small boxes built around a checkbox or radio button: the "show external content" switch of a
 * two-click embed with its consent text ("I agree that content from YouTube is shown to me ..."), a
 * poll, a newsletter opt-in. Their text is short and says what the switch does; no article is
 * written around a checkbox. Marked whatever their class names, which often name neither consent
 * nor noise ("info-box").
 */
final class ToggleBoxes {

  /** Ancestors of the control looked at: the switch, its group, the box. */
  static final int MAX_LEVELS = 3;

  /**
   * A box with more text than this is a form around content, not a switch: a consent text of two or
   * three sentences fits (the one on the dev pages has 408 characters).
   */
  static final int MAX_BOX_CHARS = 600;

  private ToggleBoxes() {}

  /** The elements of the page under {@code root} that are toggle boxes. */
  static Set<Element> of(Element root) {
    Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element input : PageIndex.of(root.ownerDocument()).byTag("input")) {
      String type = input.attr("type").toLowerCase(Locale.ROOT);
      if (!type.equals("checkbox") && !type.equals("radio")) {
        continue;
      }
      Element e = input.parent();
      for (int level = 0; level < MAX_LEVELS && e != null && e != root; level++, e = e.parent()) {
        if (boxes.contains(e) || e.text().length() > MAX_BOX_CHARS) {
          break;
        }
        boxes.add(e);
      }
    }
    return boxes;
  }
}
