package io.broadsheet.extractor.extract.body;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text size measures that treat all scripts alike. Chinese, Japanese and Korean text carries as
 * much in one character as a Latin word does in about three, and has no spaces between words, so
 * character and word counts alone would make a CJK article look thin.
 */
public final class TextWeight {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Character count with every CJK character counted three times. */
  public static int of(String text) {
    int weight = 0;
    for (int i = 0; i < text.length(); i++) {
      weight += isCjk(text.charAt(i)) ? 3 : 1;
    }
    return weight;
  }

  /** Word count, a CJK character counting as half a word (about two make a word). */
  public static int words(String text) {
    int cjk = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isCjk(text.charAt(i))) {
        cjk++;
      }
    }
    if (cjk == 0) {
      return wordRuns(text);
    }
    String rest =
        text.codePoints()
            .filter(c -> !isCjk(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return wordRuns(rest) + cjk / 2;
  }

  /** Collapses every whitespace run (including no-break spaces) to one space and trims. */
  static String normalize(CharSequence text) {
    // a hand-written loop, not a regex replaceAll: this runs once per block of every page and the
    // regex (matcher, appendReplacement) was the walker's largest cost
    StringBuilder out = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString().trim();
  }

  /** ASCII whitespace as in a regex {@code \\s}, plus no-break, zero-width and figure spaces. */
  private static boolean isSpace(char c) {
    return switch (c) {
      case ' ',
          '\t',
          '\n',
          '\u000B',
          '\f',
          '\r',
          '\u00A0',
          '\u2007',
          '\u202F',
          '\u200B',
          '\uFEFF' ->
          true;
      default -> false;
    };
  }

  private static int wordRuns(String text) {
    Matcher matcher = WORD.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  /** Han and kana; Hangul is written with spaces between words, so it counts like Latin. */
  static boolean isCjk(int c) {
    if (c < 0x2E80) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  private TextWeight() {}
}
