package org.reviewpress.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.model.Report;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;

/**
 * The page built on the sanitised body's own nodes is, byte for byte, the page built the plain way
 * (body written out, printed by the template, whole page parsed again), on generated bodies that
 * mix Markdown with raw HTML the parser repairs, and with project templates that put the body
 * where the quick way must not be taken.
 */
class QuickPageTest {

  private static final SiteInfo SITE = new SiteInfo("Reviews", "Westmere Partnership", Optional.empty());

  private static final String[] WORDS = {"the", "MASH", "referral", "GP", "step-down", "NHS", "visited", "school",
      "MASHing", "pre-MASH", "GPs", "&amp;", "&lt;tag&gt;", "caf\u00e9", "\u00a0", "\uD83D\uDE00", "Child", "T",
      "said", "\"quoted\"", "it's", "a&b", "x<y", "Multi-Agency", "DSL"};

  /** Raw HTML an author might write, much of it broken or hostile, some of it repaired by parsing. */
  private static final String[] HTML = {
      "<div class=\"note\">A note about the MASH.</div>",
      "<p>first<p>second MASH</p></p>",
      "<h2><font><h3>nested heading GP</h3></font></h2>",
      "<pre>\n\nleading newline MASH</pre>",
      "<pre>no newline GP</pre>",
      "<table><tr><td>cell MASH</td><td>GP</td></tr></table>",
      "<table>stray text<tr><td>x</td></tr></table>",
      "<table><caption>Visits by month</caption><thead><tr><th>Month</th></tr></thead><tbody><tr><td>May</td></tr></tbody></table>",
      "<div class=\"table-scroll\"><table><tbody><tr><td>already boxed</td></tr></tbody></table></div>",
      "<a href=\"#a1\">outer <a href=\"#a2\">inner</a> MASH</a>",
      "<b><p>bold block GP</p></b>",
      "<ul><span>stray</span><li>item MASH</li></ul>",
      "<dl><div><dt>term</dt><dd>definition GP</dd></div></dl>",
      "<dl><dt>MASH</dt><dd>hub</dd></dl>",
      "Some text <!-- a comment --> more text MASH",
      "MA<!-- split -->SH and <span>MA</span>SH",
      "MASH<font>ing</font> and GP<script>alert(1)</script>s",
      "<details><summary>Summary GP</summary>Hidden MASH text</details>",
      "<figure><img src=\"images/a.png\" alt=\"chart\"><figcaption>Figure NHS</figcaption></figure>",
      "<img src=\"https://tracker.example/p.png\" alt=\"\"> <img src=\"images/b.png\">",
      "<button><p>inside a button</p></button>",
      "<select><option>MASH</option></select>",
      "<form><input value=\"x\">GP</form>",
      "<abbr title=\"mine\">MASH</abbr> then MASH",
      "<code>MASH</code> and `GP` inline",
      "<caption>stray caption</caption>",
      "<li>stray item GP</li>",
      "<textarea>MASH</textarea>",
      "<svg><text>MASH</text></svg>",
      "<math><mi>x</mi></math>",
      "<p id=\"a1\">A cited passage about the GP.</p>",
      "<p id=\"a2\">Another cited passage.</p>",
      "<div class=\"report-body\">a second report body</div>",
      "<ol start=\"3\" reversed><li><p>para</p><ul><li>MASH</li></ul></li></ol>",
      "<sub><sup>x</sup></sub> <q>GP</q> <mark>NHS</mark> <del>a</del><ins>b</ins>",
      "<b><b><b><b>deep bold MASH</b></b></b></b>",
      "<p>form\ffeed and tab\tMASH</p>",
      "<section><aside><blockquote>MASH quoted</blockquote></aside></section>",
      "<span>unclosed <em>emphasis",
      "</div></article></main> escaped the body? MASH",
      "<p>text</p><h2>Raw heading</h2><p>after</p>",
      "<p style=\"color:red\" onclick=\"x()\" id=\"bad id\">attributes GP</p>",
      "<a href=\"javascript:alert(1)\">js</a> <a href=\"https://example.org\">ext</a>",
      "<table><tr><td><table><tr><td>nested table MASH</td></tr></table></td></tr></table>",
      "<colgroup><col></colgroup>",
      "<table><colgroup><col span=\"2\"></colgroup><tbody><tr><td>c</td></tr></tbody></table>",
      "<hr><br><wbr>",
      "<ins><p>block in ins</p></ins>",
      "&#0; &#xD800; &#13; null and surrogate references",
      "<p>\u0001control</p>",
  };

  private static final String[] MARKDOWN = {
      "## Section {#s%d}",
      "### Subsection MASH",
      "A paragraph about the MASH and the GP on a visit, with *emphasis* and **strength** and [a link](#s1).",
      "- one GP\n- two MASH\n- three",
      "1. first\n2. second step-down",
      "> quoted MASH text\n> more",
      "```\ncode MASH\n```",
      "| A | B |\n|---|---|\n| MASH | GP |",
      "Term\n: Definition MASH",
      "A footnote.[^1]\n\n[^1]: The note about the NHS.",
      "![alt](images/a.png)",
      "Passage with an anchor. {#a3}",
  };

  static Report report(String slug, String body) {
    String text = """
        ---
        title: "Review: %s"
        review-type: SAR
        partnership: Westmere Partnership
        summary: A summary that mentions the MASH and a GP.
        glossary:
          MASH: Multi-Agency Safeguarding Hub
          GP: General Practitioner
          step-down: Moving a case to less intensive support
          NHS: National Health Service
          DSL: Designated Safeguarding Lead
        findings:
          - id: F1
            title: "The MASH and the GP"
            statement: The MASH did not hear from the GP.
            evidence: ["#a1", "#s1"]
          - id: F2
            title: "Second"
            statement: The DSL was not told.
            evidence: ["#a2", "#a1", "#a3", "#missing"]
        ---

        """.formatted(slug) + body + "\n";
    Path folder = Path.of("src/reports", slug);
    return new ReportReader(new MarkdownReader()).read(new ReportSource(slug, folder, folder.resolve("report.md"),
        folder.resolve("report.md")), text).report().orElseThrow();
  }

  static String body(Random random) {
    StringBuilder b = new StringBuilder();
    int blocks = 1 + random.nextInt(14);
    for (int i = 0; i < blocks; i++) {
      int kind = random.nextInt(10);
      if (kind < 4) {
        b.append(HTML[random.nextInt(HTML.length)]);
      } else if (kind < 8) {
        b.append(MARKDOWN[random.nextInt(MARKDOWN.length)].replace("%d", String.valueOf(random.nextInt(3))));
      } else {
        for (int w = random.nextInt(30); w >= 0; w--) {
          b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        if (random.nextBoolean()) {
          b.append(HTML[random.nextInt(HTML.length)]);
        }
      }
      b.append(random.nextInt(4) == 0 ? " " : "\n\n");
    }
    return b.toString();
  }

  @Test
  void quickPagesAreTheSameAsReparsedPages() {
    PageRenderer quick = new PageRenderer(new Theme(Optional.empty()));
    PageRenderer plain = new PageRenderer(new Theme(Optional.empty()));
    Random random = new Random(20261126L);
    int taken = 0;
    int total = 600;
    for (int i = 0; i < total; i++) {
      Report r = report("r" + i, body(random));
      String expected = plain.reportByReparse(r, SITE, Optional.empty());
      Optional<String> page = quick.quickly(r, SITE, Optional.empty());
      if (page.isPresent()) {
        taken++;
        assertThat(page.get()).as("body %d:%n%s", i, r.body().html()).isEqualTo(expected);
      }
      assertThat(quick.report(r, SITE, Optional.empty())).as("body %d", i).isEqualTo(expected);
      assertThat(quick.bodyImageSources(r)).as("images of body %d", i).isEqualTo(imagesTheOldWay(plain.safeBody(r)));
      assertThat(quick.safeBody(r)).isEqualTo(plain.safeBody(r));
    }
    // Both ways must have been exercised, or the comparison above proves little.
    assertThat(taken).isBetween(total / 5, total - total / 10);
  }

  @Test
  void markdownReportsTakeTheQuickWay() {
    PageRenderer pages = new PageRenderer(new Theme(Optional.empty()));
    Report r = report("md", String.join("\n\n", MARKDOWN).replace("%d", "1")
        + "\n\nSome text <!-- reviewers' note --> and more about the MASH.");
    assertThat(pages.quickly(r, SITE, Optional.empty())).get().isEqualTo(pages.reportByReparse(r, SITE, Optional.empty()));
  }

  private static List<String> imagesTheOldWay(String safe) {
    List<String> out = new ArrayList<>();
    for (Element img : Jsoup.parseBodyFragment(safe).select("img[src]")) {
      out.add(img.attr("src"));
    }
    return out;
  }

  @TempDir
  Path dir;

  /** Project templates that put the body where parsing would treat it differently: never the quick way. */
  @Test
  void bodiesPrintedOutsidePlainBlockContextAreReparsed() throws Exception {
    String[] places = {
        "<p>{{ report.bodyHtml | raw }}</p>",
        "<table><tr><td>{{ report.bodyHtml | raw }}</td></tr></table>",
        "<table>{{ report.bodyHtml | raw }}</table>",
        "<b>{{ report.bodyHtml | raw }}</b>",
        "<p><b>open</p><div class=\"report-body\">{{ report.bodyHtml | raw }}</div>",
        "<div class=\"report-body\">{{ report.bodyHtml | raw }}</div><div>{{ report.bodyHtml | raw }}</div>",
        "<div class=\"report-body\">{{ report.bodyHtml }}</div>",
        "<textarea>{{ report.bodyHtml | raw }}</textarea>",
        "<ul><li>{{ report.bodyHtml | raw }}</li></ul>",
        "<a href=\"#x\">{{ report.bodyHtml | raw }}</a>",
        "<select>{{ report.bodyHtml | raw }}</select>",
        "<div title=\"{{ report.bodyHtml | raw }}\"></div>",
        "<div class=\"report-body\">{{ report.bodyHtml | raw }}</div><p>{{ report.bodyHtml | length }} characters</p>",
        "{% if report.bodyHtml contains 'MASH' %}<p>mentions the hub</p>{% endif %}<div>{{ report.bodyHtml | raw }}</div>",
    };
    Report r = report("t", "<p id=\"a1\">A cited passage about the GP.</p>\n\nText about the MASH.\n\n"
        + "| A | B |\n|---|---|\n| MASH | GP |\n\n## Part {#s1}\n\nMore MASH.");
    for (int i = 0; i < places.length; i++) {
      PageRenderer pages = new PageRenderer(new Theme(Optional.of(themeWithMain("theme" + i,
          places[i] + "<p>After the MASH.</p>"))));
      assertThat(pages.quickly(r, SITE, Optional.empty())).as(places[i]).isEmpty();
      assertThat(pages.report(r, SITE, Optional.empty())).as(places[i])
          .isEqualTo(pages.reportByReparse(r, SITE, Optional.empty()));
    }
    // A project that only replaces the footer, or prints the body plainly in its own layout, keeps the quick way.
    Path footer = dir.resolve("footer");
    Files.createDirectories(footer.resolve("templates/partials"));
    Files.writeString(footer.resolve("templates/partials/footer.peb"), "<p>Contact the MASH team.</p>");
    Path layout = dir.resolve("layout");
    Files.createDirectories(layout.resolve("templates"));
    Files.writeString(layout.resolve("templates/report.peb"), "<!DOCTYPE html><html><head><title>x</title></head>"
        + "<body><main><section class=\"report-body\">\n{{- report.bodyHtml | raw -}}\n</section>GP</main></body></html>");
    for (Path theme : List.of(footer, layout)) {
      PageRenderer pages = new PageRenderer(new Theme(Optional.of(theme)));
      assertThat(pages.quickly(r, SITE, Optional.empty())).as(theme.toString()).get()
          .isEqualTo(pages.reportByReparse(r, SITE, Optional.empty()));
    }
    // The passes look up cited ids and tables in the .report-body element: from the body's own check
    // only when that element holds nothing else; here it has its own id, holds the template's own
    // cited passage and table, or is not where the body goes.
    String[] bodyHolders = {
        "<div class=\"report-body\" id=\"a1\">{{ report.bodyHtml | raw }}</div>",
        "<div class=\"report-body\"><p id=\"a2\">The template's passage.</p><table><tbody><tr><td>t</td></tr></tbody>"
            + "</table>{{ report.bodyHtml | raw }}</div>",
        "<div class=\"report-body\">\n{{ report.bodyHtml | raw }}\n<p id=\"a1\">After.</p></div>",
        "<div class=\"report-body\"><p id=\"a2\">Intro.</p></div><div>{{ report.bodyHtml | raw }}</div>",
    };
    Report cited = report("c", "<p id=\"a1\">A cited passage about the GP.</p>\n\n<p id=\"a2\">Another.</p>\n\n"
        + "| A | B |\n|---|---|\n| MASH | GP |\n\n## Part {#s1}\n\nMore MASH.");
    for (int i = 0; i < bodyHolders.length; i++) {
      PageRenderer pages = new PageRenderer(new Theme(Optional.of(themeWithMain("holder" + i, bodyHolders[i]))));
      assertThat(pages.quickly(cited, SITE, Optional.empty())).as(bodyHolders[i]).get()
          .isEqualTo(pages.reportByReparse(cited, SITE, Optional.empty()));
    }
    Path quirks = dir.resolve("quirks");
    Files.createDirectories(quirks.resolve("templates"));
    Files.writeString(quirks.resolve("templates/report.peb"),
        "<html><body><main><div class=\"report-body\">{{ report.bodyHtml | raw }}</div></main></body></html>");
    assertThat(new PageRenderer(new Theme(Optional.of(quirks))).quickly(r, SITE, Optional.empty())).isEmpty();
  }

  /** A project theme folder whose report template holds only {@code main} inside the page's main element. */
  private Path themeWithMain(String name, String main) throws IOException {
    Path theme = dir.resolve(name);
    Files.createDirectories(theme.resolve("templates"));
    Files.writeString(theme.resolve("templates/report.peb"), "<!DOCTYPE html><html><head><title>x</title></head>"
        + "<body><main id=\"main\"><nav id=\"contents\"></nav>" + main + "</main></body></html>");
    return theme;
  }
}
