package io.broadsheet.extractor.extract;

import io.broadsheet.extractor.extract.body.TextWeight;

/** Small text helpers shared by the field extractors. */
final class Text {

  /** Collapses every whitespace run (including no-break spaces) to one space and trims. */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    return Whitespace.collapse(text, false);
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
