package io.broadsheet.extractor.extract.body;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The notices a page sets into the text of an article, which no reader reads as the story: about
 * the reader's browser ("This slideshow requires JavaScript."), an affiliate disclosure ("We may
 * earn a commission through links in this article"), a prompt to sign up for a newsletter or
 * channel, the notice where a paywall cuts the text ("The rest of this story is for subscribers
 * only"). Each is short and names two or three things together, so that a story about any one of
 * them, which names them in longer paragraphs or alone, is kept.
 */
final class ReaderNotices {

  /** Longest block read as a notice: a sentence or two. */
  static final int MAX_CHARS = 250;

  /** What a notice is about: script or ad blocking in the reader's browser. */
  private static final Pattern NOTICE_SUBJECT =
      Pattern.compile(
          "(?iu)\\b(?:javascript|ad[- ]?blockers?|adblock(?:ers?)?|werbeblocker|bloqueur)\\b");

  /** What it asks of the reader or says is missing: the words that make a sentence a notice. */
  private static final Pattern NOTICE_ASK =
      Pattern.compile(
          "(?iu)\\b(?:requires?|enabled?|disabled?|disable|turn(?:ed)? (?:on|off)|switch off"
              + "|whitelist|allow|work correctly|aktivier\\w*|deaktivier\\w*|activ\\w*"
              + "|désactiv\\w*|habilit\\w*)\\b");

  /**
   * A short notice about the reader's browser: "This slideshow requires JavaScript.", "please
   * disable your ad blocker". An article about JavaScript names it without asking anything of the
   * reader's browser in a line of its own; both words are required.
   */
  private static boolean isBrowserNotice(String text, String lower) {
    return containsAny(lower, "javascript", "block", "bloqueur")
        && NOTICE_SUBJECT.matcher(text).find()
        && NOTICE_ASK.matcher(text).find();
  }

  /**
   * Whether a short block is one of the notices a page sets into the text: about the reader's
   * browser, an affiliate disclosure, a sign-up prompt, a paywall's notice. Each is first looked
   * for by a word it cannot do without, in the lower-cased text, so that most blocks skip the
   * patterns.
   */
  static boolean isNotice(String text) {
    if (text.length() > MAX_CHARS) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return isBrowserNotice(text, lower)
        || isAffiliateNotice(text, lower)
        || isSignUpPrompt(text, lower)
        || isPaywallNotice(text, lower);
  }

  /** What a sign-up prompt offers: a newsletter, a messenger channel, alerts. */
  private static final Pattern CHANNEL =
      Pattern.compile(
          "(?iu)\\b(?:newsletters?|whats\\s?app\\w*|telegram\\w*|push[- ](?:alerts?|notifications?)"
              + "|e-?mail alerts?)");

  /** What it asks the reader to do. */
  private static final Pattern SIGN_UP =
      Pattern.compile(
          "(?iu)\\b(?:sign(?:ing)?[- ]up|subscrib\\w*|abonnier\\w*|abonne[rz]?\\b|abonnez\\w*"
              + "|inscri\\w*|suscr[ií]b\\w*|anmeld\\w*|registr\\w*|iscriv\\w*|assin\\w*)");

  /**
   * A prompt to sign up for the publisher's newsletter or channel set into the text ("For the
   * latest news, sign up for our newsletters", "Abonniere den Whatsapp-Kanal von ..."): short, and
   * naming the channel and the sign-up both. A story about newsletters says more around them.
   */
  private static boolean isSignUpPrompt(String text, String lower) {
    return containsAny(lower, "newsletter", "whats", "telegram", "alert", "notification")
        && CHANNEL.matcher(text).find()
        && SIGN_UP.matcher(text).find();
  }

  /** Who may read on behind a paywall. */
  private static final Pattern SUBSCRIBERS =
      Pattern.compile(
          "(?iu)\\b(?:subscribers?|members|abonnés|abonnenten|abonnentinnen|suscriptores"
              + "|assinantes|abbonati|abonnees)\\b");

  /** That the rest is kept for them. */
  private static final Pattern RESERVED =
      Pattern.compile(
          "(?iu)\\b(?:only|exclusive\\w*|reserved|réservée?s?|nur|exklusiv\\w*|reservad\\w*"
              + "|riservat\\w*|exclusiv\\w*|la suite|rest of)\\b");

  /** What is kept: this article. */
  private static final Pattern THIS_ARTICLE =
      Pattern.compile(
          "(?iu)\\b(?:article|story|artikel|beitrag|artículo|artigo|articolo|texte?)\\b");

  /**
   * The notice where a paywall cuts the text ("Il vous reste 57% de cet article à lire. La suite
   * est réservée aux abonnés.", "The rest of this story is for subscribers only"): short, and
   * naming the subscribers, that the text is kept for them, and the article. A report on a
   * company's subscribers rarely names an article too.
   */
  private static boolean isPaywallNotice(String text, String lower) {
    return containsAny(
            lower, "subscriber", "member", "abonn", "suscriptor", "assinante", "abbonati")
        && SUBSCRIBERS.matcher(text).find()
        && RESERVED.matcher(text).find()
        && THIS_ARTICLE.matcher(text).find();
  }

  /** What an affiliate disclosure is about: links that pay the publisher. */
  private static final Pattern AFFILIATE =
      Pattern.compile("(?iu)\\b(?:affiliate\\w*|affili[ée]s?|afiliad\\w*|affiliat[io]\\w*)");

  /** What it says the publisher gets: a commission, revenue. */
  private static final Pattern PAYMENT =
      Pattern.compile(
          "(?iu)\\b(?:commissions?|provision(?:en)?|earn\\w*|revenue|compensat\\w*|verdien\\w*"
              + "|comisi[oó]n\\w*|commissione)\\b");

  /** Links, the other name of what an affiliate disclosure is about. */
  private static final Pattern LINKS =
      Pattern.compile("(?iu)\\blinks?\\b|\\bliens?\\b|\\benlaces?\\b");

  /** A purchase made through them. */
  private static final Pattern PURCHASE =
      Pattern.compile("(?iu)\\b(?:buy\\w*|purchas\\w*|kauf\\w*|einkauf\\w*|achat\\w*|compra\\w*)");

  /**
   * The affiliate disclosure set into the text ("We may earn a commission if you buy through links
   * in this article", "... sind Affiliate-Links. Kommt darüber ein Einkauf zustande, erhalten wir
   * eine Provision"): a short notice naming the payment, and affiliate links or a purchase made
   * through links. A story about affiliate marketing names them in longer paragraphs.
   */
  private static boolean isAffiliateNotice(String text, String lower) {
    return containsAny(lower, "affili", "afili", "link", "lien", "enlace")
        && PAYMENT.matcher(text).find()
        && (AFFILIATE.matcher(text).find()
            || (LINKS.matcher(text).find() && PURCHASE.matcher(text).find()));
  }

  /** Whether {@code lower} holds one of {@code words}: the cheap test before the patterns. */
  private static boolean containsAny(String lower, String... words) {
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private ReaderNotices() {}
}
