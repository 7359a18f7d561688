package io.broadsheet.indexer.story;

import java.util.Arrays;

/**
 * MinHash signatures of article bodies, and the LSH bands that find near-duplicates without
 * comparing every pair. A body becomes the set of its 4-word shingles (lower-cased letter/digit
 * runs), and the signature keeps, for each of {@value #HASHES} hash functions, the smallest hash of
 * any shingle: the share of equal positions in two signatures estimates the Jaccard similarity of
 * the two shingle sets. Wire copy reprinted with a new headline, a cut paragraph or a local intro
 * keeps most of its shingles, so it stays above {@code similarity} while unrelated stories on the
 * same subject share few 4-word runs.
 *
 * <p>Bands: the signature is cut into {@value #BANDS} bands of {@value #ROWS} values, each hashed
 * to one long. Two bodies become candidates when any band matches, which for 25 × 4 happens with
 * probability 0.80 at Jaccard 0.5, 0.97 at 0.6 and above 0.999 from 0.7; candidates are then
 * checked on the whole signature.
 */
public final class MinHash {

  public static final int HASHES = 100;
  public static final int BANDS = 25;
  public static final int ROWS = HASHES / BANDS;
  static final int SHINGLE = 4;

  private static final long[] SEEDS = seeds();

  private MinHash() {}

  /**
   * The signature of {@code text}, or null when it has fewer than {@code minShingles} shingles: too
   * short a body says nothing about being a copy.
   */
  public static int[] signature(String text, int minShingles) {
    long[] words = wordHashes(text);
    int shingles = words.length - SHINGLE + 1;
    if (shingles < Math.max(1, minShingles)) {
      return null;
    }
    int[] signature = new int[HASHES];
    Arrays.fill(signature, Integer.MAX_VALUE);
    for (int start = 0; start < shingles; start++) {
      long shingle = 0x9E3779B97F4A7C15L;
      for (int i = 0; i < SHINGLE; i++) {
        shingle = mix(shingle ^ words[start + i]);
      }
      for (int h = 0; h < HASHES; h++) {
        int value = (int) (mix(shingle ^ SEEDS[h]) >>> 33);
        if (value < signature[h]) {
          signature[h] = value;
        }
      }
    }
    return signature;
  }

  /** The band hashes of a signature; equal bands make two articles candidates. */
  public static long[] bands(int[] signature) {
    long[] bands = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long hash = mix(b + 1L);
      for (int r = 0; r < ROWS; r++) {
        hash = mix(hash ^ signature[b * ROWS + r]);
      }
      bands[b] = hash;
    }
    return bands;
  }

  /** The estimated Jaccard similarity: the share of equal positions. */
  public static double similarity(int[] a, int[] b) {
    if (a == null || b == null || a.length != b.length) {
      return 0;
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return (double) equal / a.length;
  }

  /** A 64-bit hash per word: runs of letters and digits, lower-cased. */
  static long[] wordHashes(String text) {
    long[] hashes = new long[16];
    int count = 0;
    long hash = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        hash = mix((inWord ? hash : 0x632BE59BD9B4E019L) ^ Character.toLowerCase(cp));
        inWord = true;
      } else if (inWord) {
        if (count == hashes.length) {
          hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = hash;
        inWord = false;
      }
    }
    if (inWord) {
      hashes = count == hashes.length ? Arrays.copyOf(hashes, count + 1) : hashes;
      hashes[count++] = hash;
    }
    return Arrays.copyOf(hashes, count);
  }

  /** SplitMix64's finaliser: a cheap, well-distributed 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long state = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
    return seeds;
  }
}
