package io.broadsheet.extractor.extract.meta;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month names of the languages news pages are commonly written in, full and abbreviated, in the
 * forms dates use (Polish, Czech, Russian, Greek and Lithuanian genitives, Finnish partitives).
 * Lookup is by the lower-cased word, then by its first three letters for abbreviations that are
 * unambiguous across these languages.
 */
public final class MonthNames {

  private static final Map<String, Integer> FULL = new HashMap<>();
  private static final Map<String, Integer> ABBREVIATED = new HashMap<>();

  static {
    String[][] full = {
      // en, de, fr, es, it, pt, nl, sv/no/da, pl (genitive), cs (genitive), tr, ru (genitive),
      // then fi (partitive), el (genitive), ro, hu, sk (genitive), uk (genitive), bg, id, ca, et
      // and
      // lt (genitive). Croatian is left out: its "listopad" is October, Polish and Czech November.
      {
        "january",
        "januar",
        "jänner",
        "janvier",
        "enero",
        "gennaio",
        "janeiro",
        "januari",
        "stycznia",
        "ledna",
        "ocak",
        "января",
        "tammikuuta",
        "ιανουαρίου",
        "ianuarie",
        "január",
        "januára",
        "січня",
        "януари",
        "gener",
        "jaanuar",
        "sausio"
      },
      {
        "february",
        "februar",
        "février",
        "fevrier",
        "febrero",
        "febbraio",
        "fevereiro",
        "februari",
        "lutego",
        "února",
        "şubat",
        "февраля",
        "helmikuuta",
        "φεβρουαρίου",
        "februarie",
        "február",
        "februára",
        "лютого",
        "февруари",
        "febrer",
        "veebruar",
        "vasario"
      },
      {
        "march",
        "märz",
        "mars",
        "marzo",
        "março",
        "maart",
        "marca",
        "března",
        "mart",
        "марта",
        "maaliskuuta",
        "μαρτίου",
        "martie",
        "március",
        "березня",
        "март",
        "maret",
        "març",
        "märts",
        "kovo",
        "marts"
      },
      {
        "april",
        "avril",
        "abril",
        "aprile",
        "kwietnia",
        "dubna",
        "nisan",
        "апреля",
        "huhtikuuta",
        "απριλίου",
        "aprilie",
        "április",
        "apríla",
        "квітня",
        "април",
        "aprill",
        "balandžio"
      },
      {
        "may",
        "mai",
        "mayo",
        "maggio",
        "maio",
        "mei",
        "maj",
        "maja",
        "května",
        "mayıs",
        "мая",
        "toukokuuta",
        "μαΐου",
        "május",
        "mája",
        "травня",
        "май",
        "maig",
        "gegužės"
      },
      {
        "june",
        "juni",
        "juin",
        "junio",
        "giugno",
        "junho",
        "czerwca",
        "června",
        "haziran",
        "июня",
        "kesäkuuta",
        "ιουνίου",
        "iunie",
        "június",
        "júna",
        "червня",
        "юни",
        "juny",
        "juuni",
        "birželio"
      },
      {
        "july",
        "juli",
        "juillet",
        "julio",
        "luglio",
        "julho",
        "lipca",
        "července",
        "temmuz",
        "июля",
        "heinäkuuta",
        "ιουλίου",
        "iulie",
        "július",
        "júla",
        "липня",
        "юли",
        "juliol",
        "juuli",
        "liepos"
      },
      {
        "august",
        "août",
        "aout",
        "agosto",
        "augusti",
        "augustus",
        "sierpnia",
        "srpna",
        "ağustos",
        "августа",
        "elokuuta",
        "αυγούστου",
        "augusztus",
        "augusta",
        "серпня",
        "август",
        "agustus",
        "agost",
        "rugpjūčio"
      },
      {
        "september",
        "septembre",
        "septiembre",
        "settembre",
        "setembro",
        "września",
        "září",
        "eylül",
        "сентября",
        "syyskuuta",
        "σεπτεμβρίου",
        "septembrie",
        "szeptember",
        "septembra",
        "вересня",
        "септември",
        "setembre",
        "rugsėjo"
      },
      {
        "october",
        "oktober",
        "octobre",
        "octubre",
        "ottobre",
        "outubro",
        "października",
        "října",
        "ekim",
        "октября",
        "lokakuuta",
        "οκτωβρίου",
        "octombrie",
        "október",
        "októbra",
        "жовтня",
        "октомври",
        "oktoober",
        "spalio"
      },
      {
        "november",
        "novembre",
        "noviembre",
        "novembro",
        "listopada",
        "listopadu",
        "kasım",
        "ноября",
        "marraskuuta",
        "νοεμβρίου",
        "noiembrie",
        "novembra",
        "листопада",
        "ноември",
        "lapkričio"
      },
      {
        "december",
        "dezember",
        "décembre",
        "decembre",
        "diciembre",
        "dicembre",
        "dezembro",
        "grudnia",
        "prosince",
        "aralık",
        "декабря",
        "joulukuuta",
        "δεκεμβρίου",
        "decembrie",
        "decembra",
        "грудня",
        "декември",
        "desember",
        "desembre",
        "detsember",
        "gruodžio"
      },
    };
    // abbreviations whose first three letters name two months: French "juil." (juin, juillet)
    FULL.put("juil", 7);
    for (int month = 0; month < full.length; month++) {
      for (String name : full[month]) {
        FULL.put(name, month + 1);
      }
    }
    String[][] abbreviated = {
      {"jan", "jän", "ene", "gen"},
      {"feb", "fév", "fev"},
      {"mar", "mär", "mrz", "mrt"},
      {"apr", "avr", "abr"},
      {},
      {"jun", "giu"},
      {"jul", "lug"},
      {"aug", "ago", "aoû"},
      {"sep", "set"},
      {"oct", "okt", "ott", "out"},
      {"nov"},
      {"dec", "dez", "dic", "déc"},
    };
    for (int month = 0; month < abbreviated.length; month++) {
      for (String name : abbreviated[month]) {
        ABBREVIATED.put(name, month + 1);
      }
    }
  }

  /** The month number (1-12) {@code word} names, or 0. */
  public static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Integer month = FULL.get(w);
    if (month == null && w.length() >= 3 && w.length() <= 5) {
      month = ABBREVIATED.get(w.substring(0, 3));
    }
    return month == null ? 0 : month;
  }

  private MonthNames() {}
}
