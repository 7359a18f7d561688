package io.broadsheet.extractor.extract;

import io.broadsheet.extractor.extract.body.TextWeight;
import java.util.regex.Pattern;

/** Small text helpers shared by the field extractors. */
final class Text {

  private static final Pattern WHITESPACE =
      Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

  /** Collapses every whitespace run (including no-break spaces) to one space and trims. */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    return WHITESPACE.matcher(text).replaceAll(" ").trim();
  }

  /** The normalised text, or null when it is blank. */
  static String nonBlank(String text) {
    String normalized = normalize(text);
    return normalized.isEmpty() ? null : normalized;
  }

  /** Counts runs of Unicode word characters ({@code \\w+}, Unicode classes). */
  static int wordCount(String text) {
    return TextWeight.wordRuns(text);
  }

  private Text() {}
}
