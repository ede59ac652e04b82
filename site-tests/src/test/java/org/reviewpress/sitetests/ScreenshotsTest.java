package org.reviewpress.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewpress.sitetests.Browser.Scheme;

/**
 * Screenshots for reviewers, written on every run of the browser tests (so the command is
 * known to work):
 *
 * <pre>mvn -B -pl site-tests -am verify -Dinvoker.skip</pre>
 *
 * writes full-page PNGs of the example site's index and first report page at 320, 768 and
 * 1280 px (light scheme, and dark at 1280 px) into {@code site-tests/target/screenshots/}.
 */
class ScreenshotsTest {

  static final int[] WIDTHS = {320, 768, 1280};

  @Test
  void writesScreenshotsOfTheIndexAndAReportAtThreeWidths() throws Exception {
    Path site = SiteEnvironment.exampleSite();
    List<Path> pages = SiteEnvironment.pages(site);
    assertThat(pages).as("the example site has a report page").hasSizeGreaterThan(1);
    Path out = SiteEnvironment.work().resolve("screenshots");
    List<Path> written = new ArrayList<>();
    try (Browser browser = Browser.start(SiteEnvironment.chromium(), SiteEnvironment.chromedriver(), null)) {
      for (Path page : List.of(pages.get(0), pages.get(1))) {
        String name = page.getParent().equals(site) ? "index" : page.getParent().getFileName().toString();
        for (int width : WIDTHS) {
          written.add(shoot(browser, page, width, Scheme.LIGHT, out.resolve(name + "-" + width + ".png")));
        }
        written.add(shoot(browser, page, 1280, Scheme.DARK, out.resolve(name + "-1280-dark.png")));
      }
    }
    System.out.println();
    System.out.println("Screenshots written:");
    for (Path p : written) {
      assertThat(Files.size(p)).as("%s has content", p).isGreaterThan(1000);
      byte[] head = Files.readAllBytes(p);
      assertThat(head[1] == 'P' && head[2] == 'N' && head[3] == 'G').as("%s is a PNG", p).isTrue();
      System.out.println("  " + p);
    }
    System.out.println();
  }

  private static Path shoot(Browser browser, Path page, int width, Scheme scheme, Path png) {
    browser.show(page, width, scheme);
    browser.screenshot(png);
    return png;
  }
}
