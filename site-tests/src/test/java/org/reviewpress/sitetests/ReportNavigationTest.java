package org.reviewpress.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.reviewpress.sitetests.Browser.Scheme;

/**
 * Moving around a long report the way readers do: the contents stay in reach on a desktop,
 * "Back to contents" links bring a phone reader back, breadcrumbs lead to the index, and a
 * printed page drops the navigation and prints black on white even from the dark scheme.
 */
class ReportNavigationTest {

  private static Browser browser;
  private static Path report;
  private static Path index;

  @BeforeAll
  static void startBrowser() {
    Path site = SiteEnvironment.exampleSite();
    List<Path> pages = SiteEnvironment.pages(site);
    index = pages.get(0);
    report = pages.get(1);
    browser = Browser.start(SiteEnvironment.chromium(), SiteEnvironment.chromedriver(), null);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void onADesktopTheContentsStayInViewWhileReadingTheEndOfTheReport() {
    browser.show(report, 1280, Scheme.LIGHT);
    browser.script("document.getElementById('recommendations').scrollIntoView();");
    assertThat(((Number) browser.script("return window.scrollY;")).doubleValue()).as("the page scrolled").isGreaterThan(2000);
    assertThat(onScreen("#contents")).as("the contents column is on screen").isTrue();
    browser.script("document.querySelector(\"#contents a[href='#glossary']\").focus();");
    assertThat(onScreen("#contents a[href='#glossary']")).as("its last entry scrolls into view when focused").isTrue();
    assertThat(onScreen("#contents")).as("without moving the contents off screen").isTrue();
    assertThat(overlaps("#contents", "#recommendations")).as("the contents never cover the text").isFalse();
  }

  @Test
  void onAPhoneBackToContentsLinksReturnToTheContents() {
    browser.show(report, 320, Scheme.DARK);
    List<WebElement> back = browser.findAll(".report-body .back a");
    assertThat(back).as("back-to-contents links in the report body").hasSizeGreaterThan(2);
    WebElement last = back.get(back.size() - 1);
    browser.script("arguments[0].scrollIntoView();", last);
    assertThat(onScreen("#contents")).as("contents are off screen before").isFalse();
    last.click();
    assertThat(onScreen("#contents-heading")).as("contents heading on screen after following the link").isTrue();
  }

  @Test
  void breadcrumbsLeadFromAReportToTheIndex() {
    browser.show(report, 320, Scheme.LIGHT);
    assertThat(browser.find("nav.breadcrumbs [aria-current=page]").getText()).isNotBlank();
    browser.find("nav.breadcrumbs a[href$='index.html']").click();
    assertThat(browser.script("return location.pathname;").toString()).endsWith("/site/index.html");
    assertThat(browser.findAll("#report-list li[data-slug]")).isNotEmpty();
  }

  @Test
  void printingDropsNavigationAndPrintsBlackOnWhiteEvenInTheDarkScheme() {
    browser.show(report, 1280, Scheme.DARK);
    assertThat(style("body", "backgroundColor")).as("dark on screen").isNotEqualTo("rgb(255, 255, 255)");
    browser.media("print", Scheme.DARK);
    assertThat(style("body", "backgroundColor")).isEqualTo("rgb(255, 255, 255)");
    assertThat(style("body", "color")).isEqualTo("rgb(0, 0, 0)");
    assertThat(style(".site-header", "display")).isEqualTo("none");
    assertThat(style(".report-body .back", "display")).isEqualTo("none");
    assertThat(style("#contents", "position")).as("contents printed in place, not sticky").isEqualTo("static");
    browser.show(index, 1280, Scheme.LIGHT);
    browser.media("print", Scheme.LIGHT);
    assertThat(style("#report-search", "display")).isEqualTo("none");
  }

  private static boolean onScreen(String css) {
    return (Boolean) browser.script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        + " return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;", css);
  }

  private static boolean overlaps(String a, String b) {
    return (Boolean) browser.script("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        + " const s = document.querySelector(arguments[1]).getBoundingClientRect();"
        + " return r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom;", a, b);
  }

  private static String style(String css, String property) {
    return String.valueOf(browser.script("return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];",
        css, property));
  }
}
