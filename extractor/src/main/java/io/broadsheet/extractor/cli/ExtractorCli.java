package io.broadsheet.extractor.cli;

import io.broadsheet.extractor.extract.BodyExtractor;
import io.broadsheet.extractor.extract.ExtractionLimits;
import io.broadsheet.extractor.extract.FieldExtractorChain;
import io.broadsheet.extractor.extract.PageExtractor;
import io.broadsheet.extractor.extract.profile.SiteProfileChain;
import io.broadsheet.extractor.extract.profile.SiteProfiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Command-line entry point behind {@code deploy/local/broadsheet extract} and {@code eval}. Plain
 * Java, no Quarkus: it builds the same {@link PageExtractor} the service's Kafka consumer uses.
 *
 * <pre>
 * extract --in DIR --out DIR [--urls FILE] [--profiles FILE]
 * eval    --corpus DIR [--out DIR] [--per-page FILE] [--profiles FILE]
 * </pre>
 *
 * Exit status: 0 done, 2 usage or input error (one line on stderr).
 */
public final class ExtractorCli {

  static final String USAGE =
      """
      usage: broadsheet extract --in DIR --out DIR [--urls FILE] [--profiles FILE]
             broadsheet eval --corpus DIR [--out DIR] [--per-page FILE] [--profiles FILE]
      """;

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length == 0) {
        throw new CliException("no command given");
      }
      String command = args[0];
      Map<String, String> options = options(List.of(args).subList(1, args.length));
      PageExtractor extractor = extractor(options.remove("profiles"));
      ExtractCommand extract = new ExtractCommand(extractor);
      switch (command) {
        case "extract" -> {
          allow(options, Set.of("in", "out", "urls"));
          Path in = Path.of(required(options, "in"));
          Path outDir = Path.of(required(options, "out"));
          Map<String, String> urls =
              options.containsKey("urls")
                  ? SavedPages.readUrls(Path.of(options.get("urls")))
                  : new HashMap<>();
          ExtractCommand.Summary s = extract.run(in, outDir, urls);
          out.printf(
              "extracted %d pages: %d articles, %d rejected -> %s%n",
              s.pages(), s.articles(), s.rejected(), outDir);
        }
        case "eval" -> {
          allow(options, Set.of("corpus", "out", "per-page"));
          Path corpus = Path.of(required(options, "corpus"));
          if (!Files.isDirectory(corpus)) {
            throw new CliException("not a directory: " + corpus);
          }
          Path outDir =
              options.containsKey("out")
                  ? Path.of(options.get("out"))
                  : Files.createTempDirectory("broadsheet-eval-");
          Path perPage = options.containsKey("per-page") ? Path.of(options.get("per-page")) : null;
          new EvalCommand(extract, out).run(corpus, outDir, perPage);
        }
        default -> throw new CliException("unknown command: " + command);
      }
      return 0;
    } catch (CliException e) {
      err.println("broadsheet: " + e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (Exception e) {
      err.println("broadsheet: " + e);
      return 1;
    }
  }

  /**
   * The service's extractor: default limits, the generic chain, and the site profiles of {@code
   * profilesFile} when given (as the service's {@code broadsheet.extractor.site-profiles}).
   */
  static PageExtractor extractor(String profilesFile) {
    SiteProfiles profiles;
    try {
      profiles =
          profilesFile == null ? SiteProfiles.NONE : SiteProfiles.load(Path.of(profilesFile));
    } catch (SiteProfiles.InvalidProfileException e) {
      throw new CliException(e.getMessage());
    }
    return new PageExtractor(
        version(),
        ExtractionLimits.DEFAULTS,
        new SiteProfileChain(FieldExtractorChain.defaults(), new BodyExtractor(), () -> profiles),
        Clock.systemUTC());
  }

  /** The version stamped on articles: the project version, as the service's default. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in =
        ExtractorCli.class.getResourceAsStream("/io/broadsheet/extractor/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to the default below
    }
    return p.getProperty("version", "dev");
  }

  private static Map<String, String> options(List<String> args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--") || i + 1 >= args.size()) {
        throw new CliException("expected --option VALUE, got: " + arg);
      }
      options.put(arg.substring(2), args.get(++i));
    }
    return options;
  }

  private static void allow(Map<String, String> options, Set<String> allowed) {
    for (String key : options.keySet()) {
      if (!allowed.contains(key)) {
        throw new CliException("unknown option --" + key);
      }
    }
  }

  private static String required(Map<String, String> options, String key) {
    String value = options.get(key);
    if (value == null || value.isBlank()) {
      throw new CliException("missing --" + key);
    }
    return value;
  }

  private ExtractorCli() {}
}
