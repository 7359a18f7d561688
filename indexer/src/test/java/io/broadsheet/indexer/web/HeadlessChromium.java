package io.broadsheet.indexer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver. Nothing is ever downloaded:
 * both paths are given to Selenium, which then skips Selenium Manager. Where either binary is
 * missing the calling test is aborted (reported as skipped, with a WARN in the build log), never
 * passed.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(HeadlessChromium.class);

  /**
   * Debian's paths, unless {@code -Dbroadsheet.chromium} / {@code -Dbroadsheet.chromedriver} say.
   */
  static final Path CHROMIUM =
      Path.of(System.getProperty("broadsheet.chromium", "/usr/bin/chromium"));

  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("broadsheet.chromedriver", "/usr/bin/chromedriver"));

  /** How long any one wait for the page may take; waits end as soon as the condition holds. */
  static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts the browser, or aborts the calling test saying what to install. */
  static HeadlessChromium startOrAbort() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String message =
          "browser test skipped: "
              + CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing; install them with `apt-get install -y chromium chromium-driver`"
              + " (.ci/run does this where apt-get and root are available), or point"
              + " -Dbroadsheet.chromium and -Dbroadsheet.chromedriver at another build";
      LOG.warn(message);
      Assumptions.abort(message);
    }
    // Belt and braces: with a driver path in this property Selenium never runs Selenium Manager.
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    Path profile;
    try {
      profile = Files.createTempDirectory("broadsheet-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // The background-networking flags matter here: without them Chromium's own connections
    // (updates, sync, field trials) are refused by a closed network and slow every start.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1200,1600",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new HeadlessChromium(new ChromeDriver(service, options), profile);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** A wait that retries while the page re-renders the elements it is looking at. */
  WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Saves what the browser shows to {@code target/reader-page-failures/NAME.png}, so a failure in
   * CI can be looked at; a failure to save is logged, never thrown over the test's own failure.
   */
  void screenshot(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "reader-page-failures"));
      Path file = dir.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      LOG.warnf("screenshot of the failing page: %s", file.toAbsolutePath());
    } catch (IOException | RuntimeException e) {
      LOG.warnf("could not save a screenshot of the failing page: %s", e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // Chromium may still be writing its profile as it exits; a temp dir remains.
                }
              });
    } catch (IOException e) {
      LOG.debugf("could not delete Chromium profile %s: %s", root, e);
    }
  }
}
