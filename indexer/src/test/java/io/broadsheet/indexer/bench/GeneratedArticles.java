package io.broadsheet.indexer.bench;

import io.broadsheet.events.ArticleExtracted;
import io.broadsheet.events.ArticleExtracted.BodyBlock;
import io.broadsheet.events.ArticleExtracted.Kind;
import io.broadsheet.events.ArticleIds;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic, realistic-sized articles for the indexer's load run: 300-1,100 word bodies in 6-20
 * paragraphs, 6-12 word headlines, 2-5 topics, 200 sites, 12 sections, four languages, and one in
 * ten articles a lightly edited reprint of an earlier one (wire copy), so that stories form. Words
 * come from a generated vocabulary with a Zipf-like frequency, as in real text: a few words are
 * everywhere, most are rare — which is what makes full-text queries cheap or expensive.
 */
final class GeneratedArticles {

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ren", "ta", "vo", "sel", "dra", "po", "ni", "gar", "tu", "bes", "fi", "lum",
    "or", "que", "zan", "hel", "mu", "sta", "ri", "den", "cho", "wa", "pel", "ty", "ber", "no", "xi"
  };
  private static final String[] SECTIONS = {
    "World",
    "Politics",
    "Business",
    "Sport",
    "Culture",
    "Science",
    "Health",
    "Tech",
    "Local",
    "Opinion",
    "Travel",
    "Climate"
  };
  private static final String[] LANGUAGES = {
    "en", "en", "en", "en", "en", "en", "en", "de", "fr", "es"
  };

  private final Random random;
  private final String[] vocabulary;
  private final double[] cumulative;
  private final String[] topics;
  private final List<ArticleExtracted> recent = new ArrayList<>();

  GeneratedArticles(long seed, int vocabularySize) {
    random = new Random(seed);
    vocabulary = new String[vocabularySize];
    for (int i = 0; i < vocabularySize; i++) {
      vocabulary[i] = word(i);
    }
    cumulative = new double[vocabularySize];
    double sum = 0;
    for (int i = 0; i < vocabularySize; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < vocabularySize; i++) {
      cumulative[i] /= sum;
    }
    topics = new String[200];
    for (int i = 0; i < topics.length; i++) {
      topics[i] = vocabulary[50 + i * 7] + " " + vocabulary[400 + i * 3];
    }
  }

  /** The word of a vocabulary rank: distinct syllable strings, short for frequent ranks. */
  private static String word(int rank) {
    StringBuilder w = new StringBuilder();
    int n = rank;
    do {
      w.append(SYLLABLES[n % SYLLABLES.length]);
      n /= SYLLABLES.length;
    } while (n > 0);
    return w.toString();
  }

  /** A word of rank between {@code from} and {@code to}: what a typical query would contain. */
  String queryWord(int from, int to) {
    return vocabulary[from + random.nextInt(to - from)];
  }

  String topic() {
    return topics[random.nextInt(topics.length)];
  }

  String section() {
    return SECTIONS[random.nextInt(SECTIONS.length)];
  }

  static String site(int n) {
    return "site" + n + ".example.org";
  }

  private String zipfWord() {
    double u = random.nextDouble();
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return vocabulary[lo];
  }

  private String sentence(int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = zipfWord();
      s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      s.append(i == words - 1 ? "." : (random.nextInt(12) == 0 ? ", " : " "));
    }
    return s.toString();
  }

  /** Article number {@code n}, extracted at {@code at}. */
  ArticleExtracted next(int n, Instant at) {
    if (n > 100 && random.nextInt(10) == 0) {
      return reprint(n, recent.get(random.nextInt(recent.size())), at);
    }
    int paragraphs = 6 + random.nextInt(15);
    List<String> body = new ArrayList<>(paragraphs);
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder paragraph = new StringBuilder();
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        paragraph.append(s == 0 ? "" : " ").append(sentence(8 + random.nextInt(14)));
      }
      body.add(paragraph.toString());
    }
    int topicCount = 2 + random.nextInt(4);
    List<String> articleTopics = new ArrayList<>();
    for (int t = 0; t < topicCount; t++) {
      articleTopics.add(topic());
    }
    ArticleExtracted article =
        build(
            "https://" + site(random.nextInt(200)) + "/news/" + n,
            sentence(6 + random.nextInt(7)).replace(".", ""),
            sentence(12 + random.nextInt(10)),
            section(),
            articleTopics,
            LANGUAGES[random.nextInt(LANGUAGES.length)],
            body,
            at);
    if (recent.size() < 2000) {
      recent.add(article);
    } else {
      recent.set(random.nextInt(recent.size()), article);
    }
    return article;
  }

  /** The same story on another site: new headline and intro, one paragraph cut. */
  private ArticleExtracted reprint(int n, ArticleExtracted original, Instant at) {
    List<String> body = new ArrayList<>();
    for (BodyBlock block : original.body()) {
      body.add(block.text());
    }
    body.set(0, "CITY (Wire) - " + body.get(0));
    if (body.size() > 6) {
      body.remove(random.nextInt(body.size() - 1) + 1);
    }
    return build(
        "https://" + site(random.nextInt(200)) + "/wire/" + n,
        sentence(7).replace(".", ""),
        original.subtitle(),
        original.section(),
        original.topics(),
        original.language(),
        body,
        at);
  }

  private static ArticleExtracted build(
      String url,
      String title,
      String subtitle,
      String section,
      List<String> topics,
      String language,
      List<String> paragraphs,
      Instant at) {
    String bodyText = String.join("\n\n", paragraphs);
    int words = bodyText.split("\\s+").length;
    return new ArticleExtracted(
        ArticleIds.forCanonicalUrl(url),
        url,
        url,
        java.net.URI.create(url).getHost(),
        title,
        subtitle,
        List.of("Reporter " + (Math.abs(url.hashCode()) % 500)),
        List.of(),
        OffsetDateTime.ofInstant(at.minusSeconds(60), ZoneOffset.ofHours(1)),
        null,
        section,
        topics,
        language,
        "The " + url.substring(8, url.indexOf('.')) + " Times",
        null,
        paragraphs.stream().map(p -> new BodyBlock(Kind.PARAGRAPH, p)).toList(),
        bodyText,
        words,
        Boolean.FALSE,
        ArticleIds.sha256Hex(bodyText),
        "bench",
        at,
        at);
  }
}
