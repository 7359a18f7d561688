package io.broadsheet.extractor.extract.body;

import io.broadsheet.extractor.extract.Whitespace;
import java.util.regex.Pattern;

/**
 * Text size measures that treat all scripts alike. Chinese, Japanese and Korean text carries as
 * much in one character as a Latin word does in about three, and has no spaces between words, so
 * character and word counts alone would make a CJK article look thin.
 */
public final class TextWeight {

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
    // the other words are counted as if the CJK characters were taken out of the text
    return runs(text, cjk > 0) + cjk / 2;
  }

  /**
   * Counts the runs of word characters, as a regex {@code \\w+} with {@link
   * Pattern#UNICODE_CHARACTER_CLASS} finds them, but without the regex engine: this runs over the
   * whole body of every page.
   */
  public static int wordRuns(CharSequence text) {
    return runs(text, false);
  }

  /** Word runs; with {@code skipCjk}, CJK characters neither make nor end a run. */
  private static int runs(CharSequence text, boolean skipCjk) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      char unit = text.charAt(i);
      int c;
      if (unit < 0x80) {
        c = unit; // ASCII, most of the text on most pages: no code point decoding
        i++;
      } else {
        c = Character.codePointAt(text, i);
        i += Character.charCount(c);
        if (skipCjk && isCjk(c)) {
          continue;
        }
      }
      boolean word = isWordChar(c);
      if (word && !inWord) {
        count++;
      }
      inWord = word;
    }
    return count;
  }

  /** Marks and digits that {@code \\w} counts besides the alphabetic characters. */
  private static final int WORD_TYPES =
      1 << Character.NON_SPACING_MARK
          | 1 << Character.ENCLOSING_MARK
          | 1 << Character.COMBINING_SPACING_MARK
          | 1 << Character.DECIMAL_DIGIT_NUMBER
          | 1 << Character.CONNECTOR_PUNCTUATION;

  /**
   * Whether a regex {@code \\w} with {@link Pattern#UNICODE_CHARACTER_CLASS} matches the code point
   * (checked against the regex for every code point): alphabetic, a mark, a decimal digit, a
   * connector such as {@code _}, or a zero-width (non-)joiner.
   */
  static boolean isWordChar(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    return Character.isAlphabetic(c)
        || ((WORD_TYPES >> Character.getType(c)) & 1) != 0
        || c == 0x200C
        || c == 0x200D;
  }

  /** Collapses every whitespace run (including no-break spaces) to one space and trims. */
  static String normalize(CharSequence text) {
    // once per block of every page (the body's replay without noise reuses most of them)
    return Whitespace.collapse(text, false);
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
