package io.broadsheet.extractor.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenisers of the two reference metrics. Python's {@code \w} (str patterns) is letters, numbers
 * and underscore, without combining marks, so it is spelled out here rather than left to Java's
 * {@code \w}.
 */
final class Tokens {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

  /** Scripts written without spaces between words: each character is a token in the meta metric. */
  private static final String NO_SPACE =
      "\\u0e00-\\u0eff\\u1000-\\u109f\\u1780-\\u17ff\\u3040-\\u30ff\\u3400-\\u4dbf"
          + "\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f";

  private static final Pattern WORD_OR_CJK =
      Pattern.compile("[" + NO_SPACE + "]|(?:(?![" + NO_SPACE + "])[\\p{L}\\p{N}_])+");

  /** {@code \w+} runs, as the Zyte benchmark tokenises. */
  static List<String> words(String text) {
    return findAll(WORD, text == null ? "" : text);
  }

  /** NFKC, then {@code \w+} runs with CJK/Thai characters as single tokens (the meta metric). */
  static List<String> wordsNfkcCjk(String text) {
    String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
    return findAll(WORD_OR_CJK, t);
  }

  private static List<String> findAll(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private Tokens() {}
}
