package io.broadsheet.extractor.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the field extractors. */
final class Text {

  private static final Pattern WHITESPACE =
      Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

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

  /** Counts runs of Unicode word characters. */
  static int wordCount(String text) {
    Matcher matcher = WORD.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  private Text() {}
}
