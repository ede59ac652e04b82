package org.reviewpress.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.model.Report;
import org.reviewpress.publish.FindingsJson;
import org.reviewpress.render.PageRenderer;
import org.reviewpress.render.SiteInfo;
import org.reviewpress.render.Theme;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReadResult;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;

/**
 * Writes everything the read and render stages produce for a fixed, varied set of inputs, so
 * two builds of reviewpress can be compared file by file ({@code benchmarks/compare-output.sh}
 * runs it against a base commit and the working tree and diffs the two folders). Used to show
 * that a speed-up changed no output byte.
 *
 * <p>Inputs: every Markdown file under the core's test resources (the rule fixtures, the privacy
 * corpus), the example report, generated 15,000-word reviews, every vector of the injection
 * corpus in many places of a report, and seeded random reports mixing every Markdown construct
 * the contract allows with raw HTML and awkward characters. For each: the diagnostics of
 * reading, the model (body with its anchors, blocks, sections, links, exemptions and HTML; the
 * front matter), the sanitised body, the page and findings.json. Then whole sites built by
 * {@link Publisher} (example report, generated reviews) are copied in as they are.
 *
 * <p>Only public API that has existed since before the speed work is used, so the same source
 * compiles against older builds.
 *
 * <p>{@code OutputSnapshot <repository root> <output folder>}
 */
public final class OutputSnapshot {

  private final ReportReader reader = new ReportReader(new MarkdownReader());
  private final PageRenderer pages = new PageRenderer(new Theme(Optional.empty()));
  private final SiteInfo site = new SiteInfo("Reviews", "Westmere Safeguarding Children Partnership",
      Optional.of("https://reviews.example.org/"));
  private final Path out;
  private int count;

  private OutputSnapshot(Path out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Path repo = Path.of(args[0]).toAbsolutePath();
    Path out = Path.of(args[1]).toAbsolutePath();
    Files.createDirectories(out);
    OutputSnapshot s = new OutputSnapshot(out.resolve("reports"));
    Files.createDirectories(s.out);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> w = Files.walk(repo.resolve("generator-core/src/test/resources"))) {
      w.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    files.add(repo.resolve("example-report/src/reports/child-t/report.md"));
    for (Path f : files) {
      s.file(repo.relativize(f).toString(), f);
    }
    Path work = Files.createTempDirectory("reviewpress-snapshot");
    BenchProject bench = BenchProject.write(work.resolve("bench"), 4, "0.1.0-SNAPSHOT");
    for (Path f : bench.reportFiles()) {
      s.file("bench/" + f.getParent().getFileName(), f);
    }
    List<String> vectors = vectors(repo.resolve("generator-core/src/test/resources/robust/xss-vectors.txt"));
    for (int i = 0; i < vectors.size(); i++) {
      s.text("vector-" + i, hostile(vectors.get(i)));
    }
    Random random = new Random(20261126L);
    int generated = Integer.getInteger("generated", 1500);
    for (int i = 0; i < generated; i++) {
      s.text("random-" + i, new RandomReport(random).report());
    }
    site(repo.resolve("example-report"), work.resolve("example"), out.resolve("site-example"), Optional.empty());
    site(work.resolve("bench"), work.resolve("bench-copy"), out.resolve("site-bench"),
        Optional.of(work.resolve("bench/sensitive-terms.txt")));
    System.out.println("snapshot of " + s.count + " reports and 2 sites written to " + out);
  }

  private void file(String name, Path file) throws IOException {
    Path folder = file.getParent();
    ReportSource src = new ReportSource(folder.getFileName().toString(), folder, file, Path.of(name));
    write(name, reader.read(src));
  }

  private void text(String name, String text) throws IOException {
    Path folder = Path.of("/nonexistent/" + name);
    ReportSource src = new ReportSource(name, folder, folder.resolve("report.md"), Path.of(name, "report.md"));
    write(name, reader.read(src, text));
  }

  private void write(String name, ReadResult result) throws IOException {
    count++;
    StringBuilder b = new StringBuilder();
    b.append("== diagnostics\n");
    result.diagnostics().forEach(d -> b.append(d.format()).append('\n'));
    if (result.report().isPresent()) {
      Report r = result.report().get();
      b.append("== model\n").append(r.slug()).append('\n').append(r.title()).append('\n')
          .append(r.reviewType()).append(' ').append(r.partnership()).append(' ').append(r.leadReviewer())
          .append(' ').append(r.published()).append(' ').append(r.status()).append(' ').append(r.lang())
          .append(' ').append(r.model()).append('\n').append(r.keywords()).append('\n').append(r.summary())
          .append('\n').append(r.pseudonyms()).append('\n').append(r.glossary()).append('\n')
          .append(r.findings()).append('\n').append(r.recommendations()).append('\n').append(r.textFields())
          .append('\n').append(r.body()).append('\n');
      b.append("== safe body\n").append(pages.safeBody(r)).append('\n');
      b.append("== page\n").append(pages.report(r, site, Optional.empty())).append('\n');
      b.append("== findings.json\n").append(FindingsJson.report(r, site, Optional.of("report.pdf")));
    }
    String file = name.replaceAll("[^A-Za-z0-9._-]", "_") + ".txt";
    Files.writeString(out.resolve(file), b.toString(), StandardCharsets.UTF_8);
  }

  /** Builds a whole site from a copy of {@code project} and copies its output, build cache left out. */
  private static void site(Path project, Path copy, Path to, Optional<Path> terms) throws IOException {
    copyTree(project.resolve("src"), copy.resolve("src"));
    Path output = copy.resolve("out");
    Publisher.Builder builder = Publisher.builder().projectDirectory(copy).outputDirectory(output).pdf(false)
        .threads(2);
    terms.ifPresent(builder::sensitiveTerms);
    BuildResult result = builder.build().build();
    StringBuilder d = new StringBuilder();
    result.diagnostics().forEach(x -> d.append(x.format()).append('\n'));
    Files.createDirectories(to);
    Files.writeString(to.resolve("diagnostics.txt"), d.toString(), StandardCharsets.UTF_8);
    try (Stream<Path> w = Files.walk(output)) {
      for (Path p : w.sorted().toList()) {
        Path rel = output.relativize(p);
        if (Files.isRegularFile(p) && !rel.startsWith("cache")) {
          Files.createDirectories(to.resolve(rel.toString()).getParent());
          Files.copy(p, to.resolve(rel.toString()));
        }
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> w = Files.walk(from)) {
      for (Path p : w.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static List<String> vectors(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line); // escaped vectors are used as written: still hostile, and still varied
      }
    }
    return out;
  }

  private static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7f && c <= 0x9f || Character.isSurrogate(c) || c == '\ufeff') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  /** A report carrying {@code v} in the front matter and in every kind of body text. */
  static String hostile(String v) {
    String q = quoted(v);
    return "---\ntitle: " + q + "\nreview-type: SAR\npartnership: " + q + "\nstatus: draft\nsummary: " + q
        + "\nkeywords: [" + q + "]\nglossary:\n  MASH: " + q + "\n  " + q + ": meaning\nfindings:\n"
        + "  - id: F1\n    title: " + q + "\n    statement: " + q + "\n    evidence: [\"#a\", \"#b\", \"#c\"]\n"
        + "    questions: [" + q + "]\nrecommendations:\n  - id: R1\n    findings: [F1]\n    text: " + q
        + "\n    owner: " + q + "\n---\n\n## A heading {#a}\n\nMASH saw " + v + " here. {#b}\n\n" + v
        + "\n\n*" + v + "* `" + v + "` [" + v + "](#a) [x](" + v + ") ![" + v + "](images/a.png) ![y](" + v
        + ")\n\n[r]: " + v + "\n\nSee [r] and [^n].\n\n[^n]: " + v + "\n\n| " + v + " | b |\n|---|---|\n| " + v
        + " | <" + v + "> |\n\nTerm " + v + "\n: " + v + "\n\n> " + v + "\n\n- " + v + "\n  - nested " + v
        + "\n\n## Other {#" + v + "}\n\n<div id=\"c\">" + v + "</div>\n\n<a href=\"" + v + "\">raw</a> <img src=\""
        + v + "\" alt=\"" + v + "\"> <p title=\"" + v + "\" id=\"" + v + "\">raw</p>\n";
  }

  /** Seeded random reports: every construct of the contract, raw HTML and odd characters. */
  private static final class RandomReport {
    private static final String[] WORDS = {"the", "MASH", "GP", "visit", "Child", "T", "school", "nurse",
        "referral", "&amp;", "&copy;", "&#x26;", "<b>", "</b>", "<span>", "</span>", "<script>x</script>",
        "<em>", "*", "_", "**", "`", "\\*", "\\", "[", "]", "(", ")", "{#", "}", "#", "<", ">", "&", "\"", "'",
        "caf\u00e9", "\u00a0", "\u200b", "\u202e", "\t", "  ", "\uD83D\uDE00", "<!-- c -->", "<br>", "<abbr>",
        "https://example.org", "<https://example.org>", "x@y.org", "--", "...", "1.", "-", "+", ":", "|",
        "[^1]", "[^n]", "DSL", "CIN", "CP", "Cited", "\u2014", "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">j</a>", "<a href=\"https://e.org\">e</a>", "<p>", "</p>", "<div>",
        "</div>", "<table>", "<td>", "<h2>", "<details>", "<summary>", "<iframe>", "<style>p{}</style>"};
    private static final String[] GLOSSARY = {"MASH", "GP", "DSL", "CIN", "CP", "T", "<b>", "A&E", "caf\u00e9"};

    private final Random r;
    private final List<String> ids = new ArrayList<>();

    RandomReport(Random r) {
      this.r = r;
    }

    String words(int max) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(max);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          b.append(r.nextInt(12) == 0 ? "\n" : " ");
        }
        b.append(WORDS[r.nextInt(r.nextInt(4) == 0 ? WORDS.length : 12)]);
      }
      return b.toString().replace("\n#", "\n x#").replace("\n-", "\n x-");
    }

    String id() {
      String id = r.nextInt(8) == 0 ? "x y" : "id-" + r.nextInt(30);
      ids.add(id);
      return id;
    }

    String inline(int max) {
      String s = words(max);
      return switch (r.nextInt(10)) {
        case 0 -> s + " [" + words(3) + "](" + (r.nextBoolean() ? "#" + (ids.isEmpty() ? "x" : ids.get(0)) : "https://e.org/" + r.nextInt(9)) + ")";
        case 1 -> s + " ![" + words(3) + "](images/" + r.nextInt(5) + ".png \"t\")";
        case 2 -> s + " *" + words(4) + "* and **" + words(3) + "**";
        case 3 -> s + "[^" + (1 + r.nextInt(3)) + "]";
        case 4 -> s + " `code " + words(3) + "`";
        default -> s;
      };
    }

    String block(int depth) {
      switch (r.nextInt(depth > 2 ? 6 : 14)) {
        case 0:
          return "#".repeat(2 + r.nextInt(3)) + " " + words(5) + (r.nextInt(3) == 0 ? " {#" + id() + "}" : "");
        case 1:
          return inline(20) + " {#" + id() + "}";
        case 2:
          return inline(12) + "\n{#" + id() + "}";
        case 3:
          return "| " + words(2) + " | " + words(2) + " |\n|---|:-:|\n| " + inline(4) + " | " + words(3) + " |"
              + (r.nextBoolean() ? "\n| a | b | c |" : "");
        case 4:
          return "```\n" + words(10) + "\n```";
        case 5:
          return "<div class=\"x\">\n" + words(6) + "\n</div>";
        case 6:
          return "- " + inline(6) + "\n- " + block(depth + 1).replace("\n", "\n  ") + (r.nextBoolean() ? "\n{#" + id() + "}" : "");
        case 7:
          return "1. " + inline(6) + "\n2. " + inline(6);
        case 8:
          return "> " + block(depth + 1).replace("\n", "\n> ");
        case 9:
          return words(3) + "\n: " + inline(8);
        case 10:
          return "[^" + (1 + r.nextInt(3)) + "]: " + inline(8);
        case 11:
          return "<!-- reviewpress-allow privacy.exact-age: " + words(3) + " -->";
        case 12:
          return "    indented " + words(5);
        default:
          return inline(30);
      }
    }

    String report() {
      StringBuilder body = new StringBuilder();
      int blocks = 1 + r.nextInt(25);
      for (int i = 0; i < blocks; i++) {
        body.append(block(0)).append(r.nextInt(6) == 0 ? "\n" : "\n\n");
      }
      StringBuilder front = new StringBuilder("---\ntitle: \"Review: Child " + r.nextInt(99) + "\"\nreview-type: CSPR\n"
          + "partnership: P\nstatus: " + (r.nextBoolean() ? "draft" : "final\npublished: 2025-01-0" + (1 + r.nextInt(9)))
          + "\nsummary: " + quoted(words(8)) + "\nglossary:\n");
      for (String g : GLOSSARY) {
        if (r.nextBoolean()) {
          front.append("  ").append(quoted(g)).append(": ").append(quoted(words(4))).append('\n');
        }
      }
      front.append("findings:\n");
      int findings = r.nextInt(4);
      for (int f = 1; f <= findings; f++) {
        front.append("  - id: F").append(f).append("\n    title: ").append(quoted(words(5)))
            .append("\n    statement: ").append(quoted(words(15))).append("\n    evidence: [");
        int ev = r.nextInt(4);
        for (int e = 0; e < ev; e++) {
          front.append(e > 0 ? ", " : "").append(quoted("#" + (ids.isEmpty() || r.nextInt(5) == 0 ? "missing" : ids.get(r.nextInt(ids.size())))));
        }
        front.append("]\n");
      }
      if (findings > 0) {
        front.append("recommendations:\n  - id: R1\n    findings: [F1]\n    text: ").append(quoted(words(6))).append('\n');
      }
      front.append("---\n");
      return front + (r.nextInt(5) == 0 ? body.toString().replace("\n", "\r\n") : body.toString());
    }
  }
}
