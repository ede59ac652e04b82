package org.reviewpress.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.check.RuleRegistry;

/**
 * Every hostile input of {@code robust/xss-vectors.txt} goes into its own report, in every place
 * an author can write text: raw HTML, inline text, link and image URLs, link and alt text,
 * reference definitions, heading ids, footnotes, tables, definition lists, and every free-text
 * front-matter value including glossary terms, definitions and keywords. Every rule is switched
 * off, as a careless project might, so nothing stops the build: the sanitiser and the templates
 * alone must keep each page safe. Then every page of the site is parsed and inspected.
 */
class InjectionTest {

  static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]+");

  @TempDir
  static Path dir;

  static List<String> vectors;
  static Project project;
  static BuildResult result;

  @BeforeAll
  static void buildTheHostileSite() throws IOException {
    vectors = corpus();
    project = new Project(dir);
    Path images = project.folder("images-only");
    for (int i = 0; i < vectors.size(); i++) {
      String slug = String.format("v%03d", i + 1);
      project.report(slug, report(vectors.get(i)));
      Files.createDirectories(project.folder(slug).resolve("images"));
      Files.write(project.folder(slug).resolve("images/a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
    Files.delete(images);
    Map<String, String> off = new HashMap<>();
    RuleRegistry.builtIn().rules().forEach(rule -> off.put(rule.id(), "off"));
    result = Publisher.builder().projectDirectory(dir).ruleLevels(off).threads(2).build().build();
    System.out.printf("[robust] injection corpus: %d hostile inputs, each in %d places, %d pages published%n",
        vectors.size(), PLACES, vectors.size() + 1);
  }

  /** The corpus file's vectors. */
  static List<String> corpus() throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = InjectionTest.class.getResourceAsStream("/robust/xss-vectors.txt")) {
      assertThat(in).as("robust/xss-vectors.txt on the test classpath").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        out.add(line.startsWith("esc:") ? unescape(line.substring(4)) : line);
      }
    }
    return out;
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 't' -> b.append('\t');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> b.append('\\').append(n);
      }
    }
    return b.toString();
  }

  /** A double-quoted YAML scalar holding exactly {@code s}, control characters escaped. */
  static String yaml(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\ufeff' || Character.isSurrogate(c)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  static final int PLACES = 32;

  /** One report with {@code v} in {@value #PLACES} places. */
  static String report(String v) {
    String q = yaml(v);
    String front = """
        ---
        title: %1$s
        review-type: SAR
        partnership: %1$s
        lead-reviewer: %1$s
        model: %1$s
        published: 2025-06-01
        status: final
        keywords: [%1$s, plain]
        summary: %1$s
        pseudonyms: [%1$s]
        glossary:
          %1$s: %1$s
          MASH: %1$s
        findings:
          - id: F1
            title: %1$s
            statement: %1$s
            evidence: ["#refusals", "#gp-visit"]
            category: human-tool
            priority: high
            in-this-case: %1$s
            not-peculiar: %1$s
            how-widespread: %1$s
            implications: %1$s
            questions: [%1$s]
        recommendations:
          - id: R1
            findings: [F1]
            text: %1$s
            owner: %1$s
        ---
        """.formatted(q);
    String body = """

        ## Refusals {#refusals}

        The visit was declined and MASH was told. {#gp-visit}

        %1$s

        Inline %1$s text, *emphasised %1$s*, `code %1$s`.

        [link](%1$s) [%1$s](#refusals) ![%1$s](images/a.png) ![alt](%1$s) [ref][evil] ![img ref][evil]

        [evil]: %1$s "%1$s"

        ## Heading {#%1$s}

        A paragraph with an id. {#%1$s}

        A footnote[^1] and another[^%1$s].

        [^1]: %1$s

        [^%1$s]: note

        | %1$s | b |
        |---|---|
        | %1$s | <%1$s> |

        Term %1$s
        : %1$s

        > quoted %1$s

        - item %1$s

        <a href="%1$s">raw link</a> <img src="%1$s" alt="%1$s"> <p title="%1$s" id="%1$s">raw</p>
        """.formatted(v);
    return front + body;
  }

  @Test
  void corpusIsLargeAndTheWholeSiteWasPublished() {
    assertThat(vectors).hasSizeGreaterThanOrEqualTo(150);
    assertThat(result.failed()).as(result.diagnostics().stream().filter(d -> d.severity().name().equals("ERROR"))
        .map(d -> d.format()).toList().toString()).isFalse();
    for (int i = 1; i <= vectors.size(); i++) {
      assertThat(project.site().resolve(String.format("v%03d/index.html", i))).exists();
    }
  }

  @Test
  void noPageRunsOrEmbedsAnythingAndEveryPageHasAStrictCsp() {
    assertThat(SafePages.problems(project.site())).isEmpty();
  }

  @Test
  void theOnlyIdsInReportBodiesAreSafeWords() throws IOException {
    List<String> bad = new ArrayList<>();
    for (int i = 1; i <= vectors.size(); i++) {
      Document page = Jsoup.parse(project.site().resolve(String.format("v%03d/index.html", i)).toFile());
      for (Element e : page.select("[id]")) {
        if (!SAFE_ID.matcher(e.id()).matches()) {
          bad.add(String.format("v%03d: id=\"%s\" on <%s>", i, e.id(), e.tagName()));
        }
      }
      for (Element a : page.select("a[href^=#]")) {
        if (!SAFE_ID.matcher(a.attr("href").substring(1)).matches() && a.attr("href").length() > 1) {
          bad.add(String.format("v%03d: in-page link %s", i, a.attr("href")));
        }
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void frontMatterTextIsShownAsTextNotDropped() throws IOException {
    int checked = 0;
    for (int i = 0; i < vectors.size(); i++) {
      String v = vectors.get(i);
      if (!v.matches("[\\x21-\\x7e]([\\x20-\\x7e]*[\\x21-\\x7e])?") || v.contains("  ")) {
        continue; // the plain-ASCII vectors, whose text jsoup's whitespace normalising leaves unchanged
      }
      Document page = Jsoup.parse(project.site().resolve(String.format("v%03d/index.html", i + 1)).toFile());
      assertThat(page.select("h1").text()).as("title of v%03d", i + 1).isEqualTo(v);
      checked++;
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void nothingOutsideTheReportFoldersWasCopied() {
    assertThat(Project.hashTree(project.site()).keySet())
        .allMatch(f -> f.matches("(v\\d{3}/(index\\.html|findings\\.json|images/a\\.png|v\\d{3}\\.pdf)|index\\.html|findings(\\.schema)?\\.json|search-index\\.(json|js)|assets/.*)"), "a file the site should hold");
  }
}
