package org.reviewpress.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reviewpress.sitetests.Browser.AxeResult;
import org.reviewpress.sitetests.Browser.Scheme;

/**
 * axe-core in headless Chromium on the built example site: the index and every report page,
 * on a 320 px phone and a 1280 px desktop, in light and dark colour schemes, with the WCAG
 * 2.0, 2.1 and 2.2 A and AA rules. Any violation fails. Prints a table of what was checked.
 */
class AccessibilityTest {

  static final int[] WIDTHS = {320, 1280};

  /** The innermost elements that reach past the screen's right edge, for a failure message. */
  private static final String TOO_WIDE = "const w = arguments[0];"
      + "const scrolls = e => { for (let a = e.parentElement; a; a = a.parentElement) {"
      + " if (a !== document.body && a !== document.documentElement && getComputedStyle(a).overflowX !== 'visible') return true; }"
      + " return false; };"
      + "const wide = e => e.getBoundingClientRect().right > w + 1 && !scrolls(e);"
      + "return Array.from(document.querySelectorAll('body *')).filter(e => wide(e) && !Array.from(e.children).some(wide))"
      + ".slice(0, 10).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
      + " + ' right=' + Math.round(e.getBoundingClientRect().right) + ' \\\"' + e.textContent.trim().slice(0, 40) + '\\\"');";

  /** What the focused element shows: its outline style and width, and whether it is in the viewport. */
  private static final String FOCUS_STATE = "const e = document.activeElement; const s = getComputedStyle(e);"
      + " const r = e.getBoundingClientRect();"
      + " return {body: e === document.body || e === null, what: e.tagName.toLowerCase() + ' \\\"' + (e.textContent || e.value || '').trim().slice(0, 40) + '\\\"',"
      + " outline: s.outlineStyle, width: parseFloat(s.outlineWidth) || 0,"
      + " onScreen: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth};";

  private static Browser browser;
  private static Path site;
  private static final List<String> CHECKED = new ArrayList<>();

  @BeforeAll
  static void startBrowser() {
    site = SiteEnvironment.exampleSite();
    Path axe = SiteEnvironment.axeScript();
    browser = Browser.start(SiteEnvironment.chromium(), SiteEnvironment.chromedriver(), axe);
  }

  @AfterAll
  static void report() {
    if (browser == null) {
      return;
    }
    browser.close();
    System.out.println();
    System.out.println("Accessibility checks (axe-core, tags " + String.join(", ", SiteEnvironment.WCAG_TAGS) + "):");
    CHECKED.forEach(line -> System.out.println("  " + line));
    System.out.println();
  }

  @TestFactory
  Stream<DynamicTest> everyPageAtPhoneAndDesktopWidthInLightAndDark() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : SiteEnvironment.pages(site)) {
      String name = site.relativize(page).toString();
      for (int width : WIDTHS) {
        for (Scheme scheme : Scheme.values()) {
          tests.add(DynamicTest.dynamicTest(name + " at " + width + "px, " + scheme.css(), () -> {
            browser.show(page, width, scheme);
            assertThat(browser.script("return matchMedia('(prefers-color-scheme: dark)').matches;"))
                .as("the page sees the %s scheme", scheme.css()).isEqualTo(scheme == Scheme.DARK);
            assertThat(browser.script("return getComputedStyle(document.querySelector('.skip-link')).position;"))
                .as("the theme's style sheet is applied to %s (not blocked by the page's CSP)", name)
                .isEqualTo("absolute");
            // WCAG 1.4.10 Reflow: at 320 px only wide tables (in their own scrolling box) may scroll
            // sideways. A phone widens its layout viewport to fit content that is too wide.
            assertThat(browser.script("return window.innerWidth;"))
                .as("%s is wider than the %dpx screen; too wide: %s", name, width, browser.script(TOO_WIDE, width))
                .isEqualTo((long) width);
            AxeResult result = browser.axe(SiteEnvironment.WCAG_TAGS);
            CHECKED.add(String.format("%-22s %5dpx %-5s  %d violations, %d rules passed, %d items for human review"
                    + "  (axe %s, Chromium %s)", name, width, scheme.css(), result.violationCount(), result.passes(),
                result.needsReview().size(), result.version(), browser.version()));
            result.needsReview().forEach(r -> CHECKED.add("    review: " + r));
            assertThat(result.violationCount())
                .as("axe violations on %s at %dpx in %s scheme:%s", name, width, scheme.css(), result.describe())
                .isZero();
            assertThat(result.passes()).as("axe ran its rules on %s", name).isPositive();
            long overflow = ((Number) browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
            assertThat(overflow).as("%s scrolls sideways by %d px at %dpx", name, overflow, width).isLessThanOrEqualTo(0);
          }));
        }
      }
    }
    return tests.stream();
  }

  /**
   * WCAG 2.4.7 Focus Visible and 2.4.11 Focus Not Obscured: tabbing from the top of each page,
   * the skip link appears first, and every control that takes the focus is on screen and has a
   * focus indicator (an outline at least 2px wide) in both colour schemes.
   */
  @TestFactory
  Stream<DynamicTest> keyboardFocusIsAlwaysVisible() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path page : SiteEnvironment.pages(site)) {
      String name = site.relativize(page).toString();
      for (Scheme scheme : Scheme.values()) {
        tests.add(DynamicTest.dynamicTest(name + " focus, 320px " + scheme.css(), () -> {
          browser.show(page, 320, scheme);
          browser.pressTab();
          assertThat(browser.focused().getAttribute("class")).as("first Tab stop on %s", name).contains("skip-link");
          int stops = 0;
          for (int i = 0; i < 25; i++) {
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> f = (java.util.Map<String, Object>) browser.script(FOCUS_STATE);
            if (Boolean.TRUE.equals(f.get("body"))) {
              break; // tabbed past the last control
            }
            assertThat(f.get("outline")).as("focus indicator of %s on %s (%s)", f.get("what"), name, scheme.css())
                .isNotEqualTo("none");
            assertThat(((Number) f.get("width")).doubleValue()).as("focus outline width of %s", f.get("what"))
                .isGreaterThanOrEqualTo(2.0);
            assertThat((Boolean) f.get("onScreen")).as("%s is on screen when focused", f.get("what")).isTrue();
            stops++;
            browser.pressTab();
          }
          CHECKED.add(String.format("%-22s   320px %-5s  focus visible and on screen at %d Tab stops", name,
              scheme.css(), stops));
        }));
      }
    }
    return tests.stream();
  }
}
