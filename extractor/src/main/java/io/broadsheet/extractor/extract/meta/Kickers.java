package io.broadsheet.extractor.extract.meta;

/**
 * Recognises a headline written with a kicker in front ("Harbour storm: Ferries wait for the
 * tide"). Publishers put the kicker in some of their title sources and leave it out of others; when
 * one source carries exactly another's headline behind a kicker, the two agree on that headline.
 */
final class Kickers {

  /** Separators between a kicker and its headline. */
  private static final String[] SEPARATORS = {": ", " - ", " – ", " — "};

  /** A kicker is a short label, not a sentence: at most this many characters. */
  private static final int MAX_KICKER_CHARS = 80;

  /** True when {@code withKicker} is {@code headline} behind a short kicker and a separator. */
  static boolean isKickerOf(String withKicker, String headline) {
    return kickerOf(withKicker, headline) != null;
  }

  /**
   * The kicker {@code withKicker} puts before {@code headline} ("Harbour storm" for "Harbour storm:
   * Ferries wait" and "Ferries wait"); null when it is not that headline behind a kicker.
   */
  static String kickerOf(String withKicker, String headline) {
    if (withKicker.length() <= headline.length()) {
      return null;
    }
    for (String separator : SEPARATORS) {
      int at = withKicker.indexOf(separator);
      if (at > 0 && at <= MAX_KICKER_CHARS) {
        String rest = withKicker.substring(at + separator.length());
        if (!Clean.key(rest).isEmpty() && Clean.key(rest).equals(Clean.key(headline))) {
          return withKicker.substring(0, at);
        }
      }
    }
    return null;
  }

  private Kickers() {}
}
