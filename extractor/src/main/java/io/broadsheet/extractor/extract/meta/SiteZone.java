package io.broadsheet.extractor.extract.meta;

import io.broadsheet.extractor.extract.Hosts;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The time zone a site writes its naive times in ("14:05" with no offset anywhere on the page),
 * when its country implies one: the country-code top-level domain of its host, else, on a generic
 * domain, a language spoken in one time zone. A time on a news page is the newsroom's local time,
 * so a German site's "14:05" in May is 12:05 UTC, not 14:05 UTC.
 *
 * <p>Only countries and languages with a single civil time zone are listed: the United States,
 * Canada, Australia, Brazil, Mexico, Russia or Indonesia, and English, Spanish, French, Portuguese,
 * Arabic or Russian, say nothing about which zone a page means. Null then.
 */
final class SiteZone {

  /** Country-code top-level domains of one-zone countries (outlying islands aside). */
  private static final Map<String, String> BY_DOMAIN =
      Map.ofEntries(
          Map.entry("at", "Europe/Vienna"),
          Map.entry("be", "Europe/Brussels"),
          Map.entry("bg", "Europe/Sofia"),
          Map.entry("ch", "Europe/Zurich"),
          Map.entry("cy", "Asia/Nicosia"),
          Map.entry("cz", "Europe/Prague"),
          Map.entry("de", "Europe/Berlin"),
          Map.entry("dk", "Europe/Copenhagen"),
          Map.entry("ee", "Europe/Tallinn"),
          Map.entry("es", "Europe/Madrid"),
          Map.entry("fi", "Europe/Helsinki"),
          Map.entry("fr", "Europe/Paris"),
          Map.entry("gr", "Europe/Athens"),
          Map.entry("hr", "Europe/Zagreb"),
          Map.entry("hu", "Europe/Budapest"),
          Map.entry("ie", "Europe/Dublin"),
          Map.entry("is", "Atlantic/Reykjavik"),
          Map.entry("it", "Europe/Rome"),
          Map.entry("li", "Europe/Vaduz"),
          Map.entry("lt", "Europe/Vilnius"),
          Map.entry("lu", "Europe/Luxembourg"),
          Map.entry("lv", "Europe/Riga"),
          Map.entry("mt", "Europe/Malta"),
          Map.entry("nl", "Europe/Amsterdam"),
          Map.entry("no", "Europe/Oslo"),
          Map.entry("pl", "Europe/Warsaw"),
          Map.entry("pt", "Europe/Lisbon"),
          Map.entry("ro", "Europe/Bucharest"),
          Map.entry("rs", "Europe/Belgrade"),
          Map.entry("se", "Europe/Stockholm"),
          Map.entry("si", "Europe/Ljubljana"),
          Map.entry("sk", "Europe/Bratislava"),
          Map.entry("tr", "Europe/Istanbul"),
          Map.entry("ua", "Europe/Kyiv"),
          Map.entry("uk", "Europe/London"),
          Map.entry("il", "Asia/Jerusalem"),
          Map.entry("in", "Asia/Kolkata"),
          Map.entry("pk", "Asia/Karachi"),
          Map.entry("bd", "Asia/Dhaka"),
          Map.entry("lk", "Asia/Colombo"),
          Map.entry("ae", "Asia/Dubai"),
          Map.entry("qa", "Asia/Qatar"),
          Map.entry("sa", "Asia/Riyadh"),
          Map.entry("th", "Asia/Bangkok"),
          Map.entry("vn", "Asia/Ho_Chi_Minh"),
          Map.entry("my", "Asia/Kuala_Lumpur"),
          Map.entry("sg", "Asia/Singapore"),
          Map.entry("ph", "Asia/Manila"),
          Map.entry("cn", "Asia/Shanghai"),
          Map.entry("hk", "Asia/Hong_Kong"),
          Map.entry("tw", "Asia/Taipei"),
          Map.entry("kr", "Asia/Seoul"),
          Map.entry("jp", "Asia/Tokyo"),
          Map.entry("nz", "Pacific/Auckland"),
          Map.entry("za", "Africa/Johannesburg"),
          Map.entry("ls", "Africa/Maseru"),
          Map.entry("ng", "Africa/Lagos"),
          Map.entry("gh", "Africa/Accra"),
          Map.entry("ke", "Africa/Nairobi"),
          Map.entry("eg", "Africa/Cairo"),
          Map.entry("pe", "America/Lima"),
          Map.entry("ar", "America/Argentina/Buenos_Aires"));

  /** Languages (primary subtag) spoken in one time zone, or in neighbours sharing it. */
  private static final Map<String, String> BY_LANGUAGE =
      Map.ofEntries(
          Map.entry("de", "Europe/Berlin"),
          Map.entry("it", "Europe/Rome"),
          Map.entry("nl", "Europe/Amsterdam"),
          Map.entry("pl", "Europe/Warsaw"),
          Map.entry("cs", "Europe/Prague"),
          Map.entry("sk", "Europe/Bratislava"),
          Map.entry("hu", "Europe/Budapest"),
          Map.entry("sl", "Europe/Ljubljana"),
          Map.entry("hr", "Europe/Zagreb"),
          Map.entry("da", "Europe/Copenhagen"),
          Map.entry("nb", "Europe/Oslo"),
          Map.entry("nn", "Europe/Oslo"),
          Map.entry("no", "Europe/Oslo"),
          Map.entry("sv", "Europe/Stockholm"),
          Map.entry("fi", "Europe/Helsinki"),
          Map.entry("et", "Europe/Tallinn"),
          Map.entry("lv", "Europe/Riga"),
          Map.entry("lt", "Europe/Vilnius"),
          Map.entry("el", "Europe/Athens"),
          Map.entry("bg", "Europe/Sofia"),
          Map.entry("ro", "Europe/Bucharest"),
          Map.entry("uk", "Europe/Kyiv"),
          Map.entry("tr", "Europe/Istanbul"),
          Map.entry("he", "Asia/Jerusalem"),
          Map.entry("th", "Asia/Bangkok"),
          Map.entry("vi", "Asia/Ho_Chi_Minh"),
          Map.entry("zh", "Asia/Shanghai"),
          Map.entry("ko", "Asia/Seoul"),
          Map.entry("ja", "Asia/Tokyo"));

  /**
   * Country codes sold as generic names (.io, .tv, .me, .co...): they say nothing of where the site
   * is, so the language decides there as on .com.
   */
  private static final Set<String> VANITY_DOMAINS =
      Set.of(
          "io", "tv", "me", "co", "fm", "ly", "ai", "cc", "ws", "to", "gg", "am", "la", "nu", "tk",
          "so", "vc", "sh", "ac", "gl", "im");

  private SiteZone() {}

  /** The zone {@code url}'s domain or else {@code language} implies, or null. */
  static ZoneId of(String url, String language) {
    String host = url == null ? null : Hosts.of(url);
    if (host != null) {
      int dot = host.lastIndexOf('.');
      String tld = host.substring(dot + 1).toLowerCase(Locale.ROOT);
      if (tld.length() == 2 && !VANITY_DOMAINS.contains(tld)) {
        // a country's domain decides, even when it names no zone here (.us, .au: several)
        String zone = BY_DOMAIN.get(tld);
        return zone == null ? null : ZoneId.of(zone);
      }
    }
    if (language == null || language.isBlank()) {
      return null;
    }
    int end = 0;
    while (end < language.length() && Character.isLetter(language.charAt(end))) {
      end++;
    }
    String primary = language.substring(0, end).toLowerCase(Locale.ROOT);
    String zone = BY_LANGUAGE.get(primary);
    return zone == null ? null : ZoneId.of(zone);
  }
}
