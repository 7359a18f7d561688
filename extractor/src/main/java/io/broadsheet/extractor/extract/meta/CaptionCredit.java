package io.broadsheet.extractor.extract.meta;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a photo credit written at the end of a caption from the caption: "Boats on the shore.
 * (Photo: Agency/Name)", "... (Foto: Name)", "... (© Name)", "... Photo: Name". Captions on many
 * sites carry the credit this way instead of in a separate element; the credit belongs in the lead
 * image's credit, not its caption. Only the caption's end is read, with a linear pattern.
 */
final class CaptionCredit {

  private static final int MAX_CREDIT = 80;

  /** "(Label: credit)" or "(© credit)" closing the caption, any one-word label in any language. */
  private static final Pattern IN_PARENTHESES =
      Pattern.compile(
          "\\s*[(\\[](?:\\p{L}{2,15}\\s?:|©|\\(c\\))\\s*([^()\\[\\]]{2,"
              + MAX_CREDIT
              + "})[)\\]]$");

  /** "Photo: credit" / "Foto: credit" / "© credit" after the caption's last sentence. */
  private static final Pattern TRAILING =
      Pattern.compile(
          "(?<=[.!?])\\s+(?:(?i:photo|photos|foto|fotos|bild|image|picture|credit|crédit|kuva)\\s?:|©)"
              + "\\s*([^:.!?]{2,"
              + MAX_CREDIT
              + "})$");

  /** The caption and the credit split from it (null when the caption names none). */
  record Split(String caption, String credit) {}

  private CaptionCredit() {}

  static Split split(String caption) {
    if (caption == null) {
      return new Split(null, null);
    }
    for (Pattern pattern : new Pattern[] {IN_PARENTHESES, TRAILING}) {
      Matcher m = pattern.matcher(caption);
      if (m.find()) {
        String rest = caption.substring(0, m.start()).strip();
        String credit = m.group(1).strip();
        if (!rest.isEmpty() && !credit.isEmpty()) {
          return new Split(rest, credit);
        }
      }
    }
    return new Split(caption, null);
  }
}
