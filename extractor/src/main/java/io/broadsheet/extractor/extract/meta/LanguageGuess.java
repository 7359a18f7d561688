package io.broadsheet.extractor.extract.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A light guess at a text's language, for pages that declare none: the script for languages with
 * their own (Hangul, kana, Han, Cyrillic, Greek, Arabic, Hebrew, Thai), else the most frequent
 * function words of a few Latin-script languages. Returns null when the evidence is thin.
 */
final class LanguageGuess {

  /**
   * The text read: some 400 words, four times the {@code 100} a contradiction needs. Twice that
   * changed no language on the dev pages and cost a quarter more of this step's time.
   */
  static final int MAX_CHARS = 2_500;

  private static final int MIN_HITS = 3;

  /** Below the Greek block every letter is Latin, none of a script counted here. */
  private static final char GREEK_START = '\u0370';

  private static final Map<String, Set<String>> FUNCTION_WORDS =
      Map.ofEntries(
          Map.entry(
              "en", Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with", "was")),
          Map.entry(
              "de",
              Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "sich")),
          Map.entry(
              "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour")),
          Map.entry(
              "es", Set.of("el", "los", "las", "y", "del", "que", "una", "por", "con", "para")),
          Map.entry(
              "it", Set.of("il", "che", "della", "di", "una", "per", "gli", "sono", "del", "non")),
          Map.entry("pt", Set.of("o", "os", "que", "não", "uma", "com", "para", "do", "da", "em")),
          Map.entry(
              "nl", Set.of("de", "het", "een", "en", "van", "niet", "dat", "zijn", "voor", "met")),
          Map.entry(
              "sv", Set.of("och", "att", "det", "som", "en", "på", "är", "för", "med", "inte")),
          Map.entry("pl", Set.of("i", "w", "na", "się", "nie", "z", "że", "do", "jest", "to")),
          Map.entry(
              "zu",
              Set.of(
                  "ukuthi",
                  "futhi",
                  "kanye",
                  "ngoba",
                  "kodwa",
                  "uma",
                  "lokhu",
                  "kakhulu",
                  "ngesikhathi",
                  "kusho")),
          Map.entry(
              "xh",
              Set.of(
                  "ukuba",
                  "kwaye",
                  "ngoko",
                  "kodwa",
                  "ukuze",
                  "kule",
                  "kakhulu",
                  "oko",
                  "ngexesha",
                  "utshilo")));

  /** The languages each function word belongs to ("de" is Dutch and Spanish, "que" three). */
  private static final Map<String, List<String>> LANGUAGES_BY_WORD = languagesByWord();

  private LanguageGuess() {}

  private static Map<String, List<String>> languagesByWord() {
    Map<String, List<String>> byWord = new HashMap<>();
    FUNCTION_WORDS.forEach(
        (language, words) ->
            words.forEach(
                word -> byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(language)));
    return byWord;
  }

  /**
   * Whether {@code text} plainly is not in {@code declared}: the declared language is one this
   * guesser knows, its function words are almost absent, and another language's are frequent. A
   * CMS-default {@code lang} on a page in another language is common; a real one never looks so.
   */
  static String contradiction(String declared, String text) {
    String primary = declared.split("-")[0].toLowerCase(Locale.ROOT);
    Set<String> words = FUNCTION_WORDS.get(primary);
    if (words == null || text == null) {
      return null;
    }
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    String[] tokens = words(sample);
    if (tokens.length < 100) {
      return null;
    }
    int own = 0;
    for (String token : tokens) {
      if (words.contains(token)) {
        own++;
      }
    }
    if (own * 20 >= tokens.length) {
      return null; // neither absent nor rare (below): no guess can contradict, so none is made
    }
    // the guess from the same words: the sample is not cut into words a second time
    String guess = byScript(sample);
    if (guess == null) {
      guess = byFunctionWords(tokens);
    }
    if (guess == null || guess.equals(primary)) {
      return null;
    }
    boolean ownAbsent = own * 100 < tokens.length; // under 1% (English runs near 15%)
    // a page's footer or sidebar may be in the template's language: its function words then
    // reach a few percent, still far below real prose, and the text's own language has more
    boolean ownRare = own * 20 < tokens.length && hits(tokens, FUNCTION_WORDS.get(guess)) > own;
    return ownAbsent || ownRare ? guess : null;
  }

  /** How many of {@code tokens} are in {@code words}; none for a script-guessed language. */
  private static int hits(String[] tokens, Set<String> words) {
    int hits = 0;
    if (words != null) {
      for (String token : tokens) {
        if (words.contains(token)) {
          hits++;
        }
      }
    }
    return hits;
  }

  /** The language of {@code text} as a primary subtag, or null. */
  static String guess(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    String script = byScript(sample);
    if (script != null) {
      return script;
    }
    return byFunctionWords(words(sample));
  }

  /**
   * The words of {@code sample}, lower-cased: exactly what {@code split("[^\\p{L}]+")} gives (a
   * leading empty string when the sample starts with a non-letter, none at the end), by a plain
   * scan instead of the regex engine.
   */
  static String[] words(String sample) {
    String lower = sample.toLowerCase(Locale.ROOT);
    int n = lower.length();
    if (n == 0) {
      return new String[] {""};
    }
    List<String> words = new ArrayList<>();
    if (!Character.isLetter(lower.codePointAt(0))) {
      words.add("");
    }
    int i = 0;
    while (i < n) {
      int c = lower.codePointAt(i);
      if (!Character.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(c = lower.codePointAt(i))) {
        i += Character.charCount(c);
      }
      words.add(lower.substring(start, i));
    }
    if (words.size() == 1 && words.get(0).isEmpty()) {
      return new String[0]; // only non-letters: split drops the trailing empty string
    }
    return words.toArray(new String[0]);
  }

  /** The Latin-script language whose function words are most frequent, or null. */
  private static String byFunctionWords(String[] words) {
    String best = null;
    int bestHits = MIN_HITS - 1;
    // one pass over the words, not one per language: the sample runs to a thousand words
    Map<String, Integer> hitsByLanguage = new HashMap<>();
    for (String word : words) {
      for (String language : LANGUAGES_BY_WORD.getOrDefault(word, List.of())) {
        hitsByLanguage.merge(language, 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Set<String>> language : FUNCTION_WORDS.entrySet()) {
      int hits = hitsByLanguage.getOrDefault(language.getKey(), 0);
      if (hits > bestHits) {
        best = language.getKey();
        bestHits = hits;
      }
    }
    return best;
  }

  /** The language a distinctive script implies, when most letters are in it. */
  private static String byScript(String sample) {
    int letters = 0;
    int hangul = 0;
    int kana = 0;
    int han = 0;
    int cyrillic = 0;
    int greek = 0;
    int arabic = 0;
    int hebrew = 0;
    int thai = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      if (c < GREEK_START) {
        continue; // Latin: no script lookup (a binary search) for the bulk of most samples
      }
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      switch (s) {
        case HANGUL -> hangul++;
        case HIRAGANA, KATAKANA -> kana++;
        case HAN -> han++;
        case CYRILLIC -> cyrillic++;
        case GREEK -> greek++;
        case ARABIC -> arabic++;
        case HEBREW -> hebrew++;
        case THAI -> thai++;
        default -> {}
      }
    }
    if (letters == 0) {
      return null;
    }
    if (hangul * 3 > letters) {
      return "ko";
    }
    if (kana * 10 > letters) {
      return "ja"; // Japanese mixes kana into Han text; Chinese has none
    }
    if (han * 2 > letters) {
      return "zh";
    }
    if (cyrillic * 2 > letters) {
      return "ru";
    }
    if (greek * 2 > letters) {
      return "el";
    }
    if (arabic * 2 > letters) {
      return "ar";
    }
    if (hebrew * 2 > letters) {
      return "he";
    }
    return thai * 2 > letters ? "th" : null;
  }
}
