package org.reviewpress.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewpress.robust.Project.assertAt;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Report;

/**
 * One project holding every kind of broken report an author can commit, beside one good report.
 * A single build must report each problem at its file, line and column with a hint, throw
 * nothing, and still read and check the good report: all problems in one run.
 */
class BrokenInputTest {

  @TempDir
  static Path dir;

  static Project project;
  static BuildResult result;

  /** The lol-bomb: each line refers nine times to the line before. */
  static final String BILLION_LAUGHS = """
      ---
      a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
      d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
      e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
      f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
      g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
      title: *g
      review-type: SAR
      partnership: Westvale Safeguarding Adults Board
      ---
      Body.
      """;

  /** Scalar aliases: no collection limit applies, but each use is still an alias. */
  static final String SCALAR_ALIASES = "---\nt: &t \"" + "lol".repeat(1000) + "\"\nkeywords: ["
      + "*t, ".repeat(5000) + "*t]\ntitle: x\nreview-type: SAR\npartnership: P\n---\nBody.\n";

  static final String WRONG_TYPES = """
      ---
      title: [a, list]
      review-type: {not: text}
      partnership: Westvale Safeguarding Adults Board
      published: the day after tomorrow
      status: [final]
      lang: 42
      keywords: {a: b}
      summary: [one, two]
      pseudonyms: {Child: T}
      glossary: [GP, MASH]
      findings:
        - just a sentence
        - id: [F1]
          title: {a: b}
          statement: [x]
          evidence: {a: b}
          category: [human-tool]
          priority: {high: true}
          questions: {a: b}
      recommendations: a sentence
      ---
      Body.
      """;

  @BeforeAll
  static void buildOnce() throws Exception {
    project = new Project(dir);
    project.goodReport("good");
    project.report("yaml-malformed", "---\ntitle: [broken\nreview-type: SAR\n---\nBody.\n");
    project.report("yaml-list", "---\n- title\n- review-type\n---\nBody.\n");
    project.report("yaml-scalar", "---\njust some words\n---\nBody.\n");
    project.report("yaml-tab", "---\ntitle: x\nfindings:\n\t- id: F1\n---\nBody.\n");
    project.report("billion-laughs", BILLION_LAUGHS);
    project.report("scalar-aliases", SCALAR_ALIASES);
    project.report("wrong-types", WRONG_TYPES);
    project.report("unclosed", "---\ntitle: x\nreview-type: SAR\n\n# The report starts here\n\nBody.\n");
    project.report("empty", "");
    project.report("whitespace", " \n\t\n   \r\n\n");
    project.report("only-dashes", "---\n---\n");
    byte[] front = Project.FRONT.getBytes(StandardCharsets.UTF_8);
    project.report("invalid-utf8", concat(front, "\nCaf".getBytes(StandardCharsets.US_ASCII),
        new byte[] {(byte) 0xE9}, " au lait\n".getBytes(StandardCharsets.US_ASCII)));
    // A PNG renamed to report.md: its second byte is not UTF-8.
    project.report("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    // A binary that happens to be valid UTF-8: NUL bytes give it away.
    project.report("nul-bytes", "---\ntitle: x\u0000\u0000\u0001\u0002\n---\n");
    Files.createDirectories(project.reports().resolve("no-report-md/images"));
    Files.createDirectories(project.reports().resolve("folder-named-report-md/report.md"));
    // Case variants: the second cannot have its own web address.
    project.goodReport("adult-h");
    project.goodReport("Adult-H");
    project.report("nested-too-deep", Project.FRONT + Project.BODY + "\n" + "> ".repeat(10_000) + "deep\n");
    result = project.build();
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  @Test
  void theGoodReportsAreStillReadAndCheckedCleanly() {
    assertThat(result.reports()).extracting(Report::slug).contains("good", "adult-h");
    assertThat(Project.of(result, "good")).isEmpty();
    assertThat(Project.of(result, "adult-h")).isEmpty();
    assertThat(result.failed()).isTrue();
    assertThat(result.site()).as("a build with errors publishes nothing").isEmpty();
  }

  @Test
  void everyBrokenReportHasAnErrorWithAHint() {
    for (String slug : List.of("yaml-malformed", "yaml-list", "yaml-scalar", "yaml-tab", "billion-laughs",
        "scalar-aliases", "wrong-types", "unclosed", "empty", "whitespace", "only-dashes", "invalid-utf8", "png",
        "nul-bytes", "no-report-md", "folder-named-report-md", "Adult-H", "nested-too-deep")) {
      assertThat(Project.of(result, slug)).as(slug).isNotEmpty()
          .allSatisfy(d -> assertThat(d.hint()).as("hint for " + d.format()).isNotBlank())
          .anySatisfy(d -> assertThat(d.severity().name()).isEqualTo("ERROR"));
    }
  }

  @Test
  void malformedYamlIsPlacedAtTheProblem() {
    assertAt(result, "yaml-malformed", "frontmatter.yaml", 3, 12);
    assertAt(result, "yaml-tab", "frontmatter.yaml", 4, 1);
  }

  @Test
  void frontMatterThatIsNotASetOfKeys() {
    assertAt(result, "yaml-list", "frontmatter.type", 2, 1);
    assertAt(result, "yaml-scalar", "frontmatter.type", 2, 1);
    assertAt(result, "only-dashes", "frontmatter.required", 1, 1);
  }

  @Test
  void aliasBombsAreRefusedWithoutExpanding() {
    // The first alias, *a on line 3, is refused before anything is expanded.
    assertAt(result, "billion-laughs", "frontmatter.yaml", 3, 8);
    assertThat(Project.of(result, "billion-laughs")).hasSize(1);
    assertAt(result, "scalar-aliases", "frontmatter.yaml", 3, 12);
    assertThat(Project.of(result, "scalar-aliases")).hasSize(1);
  }

  @Test
  void wrongTypesAreEachReportedOnTheirOwnLine() {
    List<Diagnostic> ds = Project.of(result, "wrong-types");
    // Every mistyped value from line 2 to line 21 is reported at its own line.
    for (int line : new int[] {2, 3, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21}) {
      assertThat(ds).as("line %d of\n%s", line, ds.stream().map(Diagnostic::format).toList())
          .anySatisfy(d -> assertThat(d.position().line()).isEqualTo(line));
    }
    assertThat(ds).extracting(Diagnostic::ruleId).allMatch(id -> id.startsWith("frontmatter."));
  }

  @Test
  void missingClosingLineEmptyAndBlankFiles() {
    assertAt(result, "unclosed", "frontmatter.unclosed", 1, 1);
    assertAt(result, "empty", "frontmatter.missing", 1, 1);
    assertAt(result, "whitespace", "frontmatter.missing", 1, 1);
  }

  @Test
  void invalidUtf8IsPlacedAtTheBadByte() {
    assertAt(result, "invalid-utf8", "source.encoding", Project.FRONT_LINES + 2, 4);
    assertAt(result, "png", "source.encoding", 1, 1);
    assertAt(result, "nul-bytes", "source.binary", 2, 9);
  }

  @Test
  void foldersThatAreNotReports() {
    assertAt(result, "no-report-md", "source.missing", 1, 1);
    assertAt(result, "folder-named-report-md", "source.unreadable", 1, 1);
    assertAt(result, "Adult-H", "source.slug", 1, 1);
  }

  @Test
  void nestingBeyondTheLimitIsADiagnosticAtTheLine() {
    int line = Project.FRONT_LINES + (int) Project.BODY.lines().count() + 2;
    // The 51st '>' of "> > > ..." is at column 101.
    assertAt(result, "nested-too-deep", "structure.nesting", line, 101);
  }

  @Test
  void checkGivesTheSameDiagnosticsAsBuild() {
    assertThat(project.check().diagnostics()).containsExactlyElementsOf(result.diagnostics());
  }

  @Test
  void fiftyMegabyteReportIsRefusedBeforeItIsRead(@TempDir Path other) throws Exception {
    Project p = new Project(other);
    p.goodReport("good");
    Path big = p.folder("huge").resolve("report.md");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.write(Project.FRONT.getBytes(StandardCharsets.UTF_8));
      f.setLength(50L * 1024 * 1024); // the rest is a sparse run of NULs: 50 MB on disk, instantly
    }
    assertThat(Files.size(big)).isEqualTo(50L * 1024 * 1024);
    BuildResult r = p.build();
    assertAt(r, "huge", "source.too-large", 1, 1);
    assertThat(Project.of(r, "huge")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("50 MB"));
    assertThat(r.reports()).extracting(Report::slug).containsExactly("good");
  }
}
