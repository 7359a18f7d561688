package io.broadsheet.extractor.extract.body;

import java.util.Locale;
import java.util.Map;

/**
 * A table of lower-case name tokens, each with a value, looked up by a region of a string as if the
 * region were cut out and lower-cased ({@code substring(start, end).toLowerCase(Locale.ROOT)}), but
 * without making either string: the noise hints look up every class-name token of every element of
 * every page. An ASCII region is lower-cased on the fly, which is what {@code toLowerCase} does to
 * ASCII; any other region takes the string path.
 */
final class NameTokens {

  private final Map<String, Integer> values;
  private final String[] slots;
  private final int[] slotValues;
  private final int mask;

  /**
   * @param values the tokens, lower case, and their values (never 0, which means absent)
   */
  NameTokens(Map<String, Integer> values) {
    this.values = Map.copyOf(values);
    int size = Integer.highestOneBit(values.size() * 4 - 1) << 1;
    this.slots = new String[size];
    this.slotValues = new int[size];
    this.mask = size - 1;
    values.forEach(
        (token, value) -> {
          int slot = spread(token.hashCode()) & mask;
          while (slots[slot] != null) {
            slot = (slot + 1) & mask;
          }
          slots[slot] = token;
          slotValues[slot] = value;
        });
  }

  /** The value of {@code names[start, end)} lower-cased, or 0 when it is no token of the table. */
  int valueOf(String names, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = names.charAt(i);
      if (c >= 0x80) {
        // non-ASCII lower-casing may change the length or map a letter onto ASCII
        return values.getOrDefault(names.substring(start, end).toLowerCase(Locale.ROOT), 0);
      }
      hash = 31 * hash + lower(c); // String.hashCode of the lower-cased region
    }
    for (int slot = spread(hash) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
      if (matches(slots[slot], names, start, end)) {
        return slotValues[slot];
      }
    }
    return 0;
  }

  private static boolean matches(String token, String names, int start, int end) {
    if (token.length() != end - start) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) != lower(names.charAt(start + i))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
