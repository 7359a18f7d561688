package io.broadsheet.extractor.extract.meta;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names of the major news agencies whose copy papers carry with a credit line, the vocabulary
 * the credit extractor recognises (like month names for dates, a fact of the domain, not of any
 * site). Short upper-case acronyms only match as written, longer names in any case.
 */
final class NewsAgencies {

  static final List<String> NAMES =
      List.of(
          "Reuters",
          "Associated Press",
          "AP",
          "AFP",
          "Agence France-Presse",
          "dpa",
          "epd",
          "KNA",
          "APA",
          "SDA",
          "Keystone-SDA",
          "ANSA",
          "EFE",
          "Europa Press",
          "TASS",
          "RIA Novosti",
          "Interfax",
          "Xinhua",
          "Kyodo",
          "Jiji",
          "Yonhap",
          "PA Media",
          "ANP",
          "Belga",
          "NTB",
          "TT",
          "Ritzau",
          "ČTK",
          "PAP",
          "MTI",
          "Anadolu",
          "Bernama",
          "Antara",
          "AAP",
          "UPI",
          "IANS",
          "PTI",
          "ANI",
          "SID",
          "Bloomberg",
          "Lusa",
          "SAPA",
          "APP",
          "STT",
          "BTA",
          "HINA",
          "Tanjug",
          "LETA",
          "ELTA",
          "BNS",
          "AGERPRES",
          "ATS");

  /** One alternation, longest first so "Keystone-SDA" wins over "SDA". */
  static final String ALTERNATION =
      NAMES.stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .map(Pattern::quote)
          .collect(Collectors.joining("|", "(", ")"));

  /** Agencies listed under two names, each name to the other: one agency, one credit. */
  private static final Map<String, String> OTHER_NAME =
      Map.of(
          "AP", "Associated Press",
          "Associated Press", "AP",
          "AFP", "Agence France-Presse",
          "Agence France-Presse", "AFP");

  /** Whether two listed names are the same agency ("AP" and "Associated Press"). */
  static boolean sameAgency(String a, String b) {
    return a.equals(b) || b.equals(OTHER_NAME.get(a));
  }

  private NewsAgencies() {}

  /**
   * The agency's name as listed when {@code name} is one: acronyms as written or in capitals
   * ("dpa", "DPA", not "Ap"), longer names in any case; else null.
   */
  static String canonical(String name) {
    for (String agency : NAMES) {
      boolean match =
          agency.length() <= 4
              ? name.equals(agency) || name.equals(agency.toUpperCase(Locale.ROOT))
              : agency.equalsIgnoreCase(name);
      if (match) {
        return agency;
      }
    }
    return null;
  }
}
