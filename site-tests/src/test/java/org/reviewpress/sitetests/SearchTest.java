package org.reviewpress.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.reviewpress.sitetests.Browser.Scheme;

/**
 * The search on the index page, used as a reader uses it: the site is opened from
 * {@code file://} (no server, so the index must come from a script, not a fetch), the reader
 * types or picks filters, sees only the matching reviews, and hears the count announced.
 */
class SearchTest {

  private static Browser browser;
  private static Path site;

  @BeforeAll
  static void buildSiteAndStartBrowser() {
    Path axe = SiteEnvironment.axeScript();
    Path chromium = SiteEnvironment.chromium();
    Path driver = SiteEnvironment.chromedriver();
    site = FixtureSite.build();
    browser = Browser.start(chromium, driver, axe);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void openIndex() {
    browser.show(site.resolve("index.html"), 1280, Scheme.LIGHT);
  }

  @Test
  void theFormAppearsWithFiltersBuiltFromTheReports() {
    assertThat(browser.find("#report-search").isDisplayed()).as("search form shown once the script has run").isTrue();
    assertThat(visibleTitles()).hasSize(3);
    assertThat(options("#search-type")).containsExactly("All types", "Child Safeguarding Practice Review (CSPR)",
        "Safeguarding Adults Review (SAR)");
    assertThat(options("#search-year")).containsExactly("All years", "2026", "2025", "2024");
    assertThat(browser.find("#search-status").getAttribute("role")).isEqualTo("status");
  }

  @Test
  void typingAKeywordShowsOnlyTheMatchingReportAndAnnouncesTheCount() {
    browser.find("#search-keyword").sendKeys("exploitation");
    assertThat(eventually(this::visibleTitles, t -> t.size() == 1))
        .containsExactly("Child Safeguarding Practice Review: Child T");
    assertThat(eventually(this::status, s -> !s.isEmpty()))
        .isEqualTo("1 of 3 reviews matching \u201Cexploitation\u201D.");

    WebElement keyword = browser.find("#search-keyword");
    keyword.clear();
    keyword.sendKeys("FIRE alarms", Keys.ENTER); // every word must match, in any case
    assertThat(eventually(this::visibleTitles, t -> t.size() == 1)).containsExactly("Safeguarding Adults Review: Adult M");
    assertThat(eventually(this::status, s -> s.contains("FIRE alarms"))).startsWith("1 of 3 reviews");
  }

  @Test
  void typeAndYearFiltersCombine() {
    new Select(browser.find("#search-type")).selectByValue("SAR");
    assertThat(visibleTitles()).containsExactly("Safeguarding Adults Review: Adult K", "Safeguarding Adults Review: Adult M");
    assertThat(status()).isEqualTo("2 of 3 reviews of type SAR.");

    new Select(browser.find("#search-year")).selectByValue("2024");
    assertThat(visibleTitles()).containsExactly("Safeguarding Adults Review: Adult M");
    assertThat(status()).isEqualTo("1 of 3 reviews of type SAR, published in 2024.");

    browser.find("button[type=reset]").click();
    assertThat(eventually(this::visibleTitles, t -> t.size() == 3)).hasSize(3);
    assertThat(eventually(this::status, s -> s.startsWith("Showing"))).isEqualTo("Showing all 3 reviews.");
  }

  @Test
  void noMatchSaysSoAndThePageStaysAccessible() {
    browser.find("#search-keyword").sendKeys("zebra", Keys.ENTER);
    assertThat(eventually(this::visibleTitles, List::isEmpty)).isEmpty();
    assertThat(status()).isEqualTo("No reviews matching \u201Czebra\u201D.");
    Browser.AxeResult axe = browser.axe(SiteEnvironment.WCAG_TAGS);
    assertThat(axe.violationCount()).as("axe on the index with a search shown:%s", axe.describe()).isZero();
  }

  @Test
  void theScriptIndexAndTheJsonIndexHoldTheSameData() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode fromFile = json.readTree(Files.readString(site.resolve("search-index.json")));
    JsonNode fromScript = json.readTree(String.valueOf(browser.script("return JSON.stringify(window.reviewpressSearchIndex);")));
    assertThat(fromScript).isEqualTo(fromFile);
    assertThat(fromFile.get("reports")).hasSize(3);
  }

  private List<String> visibleTitles() {
    return browser.findAll("#report-list li").stream().filter(WebElement::isDisplayed)
        .map(li -> li.findElement(org.openqa.selenium.By.cssSelector("h2")).getText()).toList();
  }

  private String status() {
    return browser.find("#search-status").getText();
  }

  private List<String> options(String select) {
    return new Select(browser.find(select)).getOptions().stream().map(WebElement::getText).toList();
  }

  /** Polls until the condition holds or five seconds pass, then returns the last value. */
  private static <T> T eventually(Supplier<T> value, java.util.function.Predicate<T> done) {
    long end = System.nanoTime() + 5_000_000_000L;
    T v = value.get();
    while (!done.test(v) && System.nanoTime() < end) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      v = value.get();
    }
    return v;
  }
}
