package org.reviewpress.sitetests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through ChromeDriver, with the few things the site tests need:
 * an exact viewport width, an emulated light or dark colour scheme, axe-core, and full-page
 * screenshots. Viewport and colour scheme go through the DevTools protocol (via ChromeDriver's
 * CDP endpoint), which sets them exactly, unlike resizing a window.
 */
final class Browser implements AutoCloseable {

  /** Light or dark, as {@code prefers-color-scheme} reports it. */
  enum Scheme {
    LIGHT, DARK;

    String css() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Held so the level sticks: JUL keeps loggers only weakly. Quietens Selenium's CDP-version notice. */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");
  private static final int HEIGHT = 900;

  private final ChromeDriver driver;
  private final Path profile;
  private final String axeSource;

  private Browser(ChromeDriver driver, Path profile, String axeSource) {
    this.driver = driver;
    this.profile = profile;
    this.axeSource = axeSource;
  }

  /** Starts a fresh headless Chromium with its own throwaway profile. */
  static Browser start(Path chromium, Path chromedriver, Path axeScript) {
    SELENIUM_LOG.setLevel(Level.SEVERE);
    try {
      Path profile = Files.createTempDirectory("reviewpress-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium.toFile());
      // Flags for a closed network and for running as root in a container: no sandbox, GPU,
      // QUIC, sync, component updates or background requests that would wait on the network.
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280," + HEIGHT);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(chromedriver.toFile())
          .usingAnyFreePort()
          .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      String axe = axeScript == null ? "" : Files.readString(axeScript, StandardCharsets.UTF_8);
      return new Browser(driver, profile, axe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The browser's version, for the test output. */
  String version() {
    return String.valueOf(driver.getCapabilities().getBrowserVersion());
  }

  /** Loads a page at a viewport width (CSS pixels) in a colour scheme. */
  void show(Path page, int width, Scheme scheme) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", width < 768));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
        "media", "screen", "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme.css()))));
    driver.get(page.toUri().toString());
  }

  /** Switches the loaded page to {@code print} or {@code screen} media, as printing it would. */
  void media(String media, Scheme scheme) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
        "media", media, "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme.css()))));
  }

  /** Runs axe-core with the WCAG tags on the page as it is now; returns axe's results. */
  AxeResult axe(List<String> tags) {
    if (axeSource.isEmpty()) {
      throw new IllegalStateException("axe-core was not loaded");
    }
    driver.executeScript(axeSource);
    Object out = driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            + ".then(r => done(JSON.stringify({version: r.testEngine.version, violations: r.violations,"
            + " passes: r.passes.length, incomplete: r.incomplete.map(i => ({id: i.id,"
            + " nodes: i.nodes.map(n => n.target.join(' ') + ': ' + n.any.concat(n.all, n.none).map(c => c.message).join('; '))}))})))"
            + ".catch(e => done(JSON.stringify({error: String(e)})));",
        tags);
    try {
      JsonNode node = JSON.readTree(String.valueOf(out));
      if (node.has("error")) {
        throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + node.get("error").asText());
      }
      return new AxeResult(node.get("version").asText(), node.get("violations"), node.get("passes").asInt(),
          node.get("incomplete"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a script in the page and returns its result. */
  Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** Presses Tab in the page, as a keyboard user moves to the next control. */
  void pressTab() {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
  }

  /** The element that has the keyboard focus. */
  WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** Writes a PNG of the whole page (beyond the viewport) at the current width. */
  void screenshot(Path png) {
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
    @SuppressWarnings("unchecked")
    Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
    double width = ((Number) viewport.get("clientWidth")).doubleValue();
    double height = Math.max(HEIGHT, ((Number) content.get("height")).doubleValue());
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    try {
      Files.createDirectories(png.getParent());
      Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        System.err.println("Could not remove the browser profile " + profile + ": " + e.getMessage());
      }
    }
  }

  /** What axe found on one page. */
  record AxeResult(String version, JsonNode violations, int passes, JsonNode incomplete) {

    /** The rules axe could not decide, with the elements and reasons, for a person to review. */
    List<String> needsReview() {
      List<String> out = new java.util.ArrayList<>();
      for (JsonNode i : incomplete) {
        for (JsonNode n : i.get("nodes")) {
          out.add(i.get("id").asText() + " at " + n.asText());
        }
      }
      return out;
    }

    int violationCount() {
      return violations.size();
    }

    /** One line per violation and affected element, for a failure message a developer can act on. */
    String describe() {
      StringBuilder sb = new StringBuilder();
      for (JsonNode v : violations) {
        sb.append("\n  ").append(v.get("id").asText()).append(" (").append(v.get("impact").asText()).append("): ")
            .append(v.get("help").asText()).append(" ").append(v.get("helpUrl").asText());
        for (JsonNode n : v.get("nodes")) {
          sb.append("\n      at ").append(n.get("target").toString())
              .append("\n         ").append(n.get("failureSummary").asText().replace("\n", "\n         "));
        }
      }
      return sb.toString();
    }
  }
}
