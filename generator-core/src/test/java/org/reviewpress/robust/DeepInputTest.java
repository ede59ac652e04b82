package org.reviewpress.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;

/** Input that is deep rather than broken: nesting that would exhaust a recursive parser's stack. */
class DeepInputTest {

  static final int DEPTH = Integer.getInteger("depth", 10_000);

  @TempDir
  Path dir;

  @Test
  void listsNestedTenThousandDeep() {
    StringBuilder b = new StringBuilder(Project.FRONT).append(Project.BODY).append('\n');
    b.append("- ".repeat(DEPTH)).append("deep\n\n").append("1. ".repeat(DEPTH)).append("deep\n");
    run(b.toString());
  }

  @Test
  void quotesNestedTenThousandDeep() {
    run(Project.FRONT + Project.BODY + "\n" + ">".repeat(DEPTH) + " deep\n");
  }

  @Test
  void quotesAndListsInterleaved() {
    StringBuilder b = new StringBuilder(Project.FRONT).append(Project.BODY).append('\n');
    b.append("> - ".repeat(DEPTH / 2)).append("deep\n");
    run(b.toString());
  }

  @Test
  void emphasisAndBracketsTenThousandDeep() {
    run(Project.FRONT + Project.BODY + "\n" + "*_".repeat(DEPTH) + "x" + "_*".repeat(DEPTH) + "\n\n"
        + "[".repeat(DEPTH) + "x" + "](a)".repeat(DEPTH) + "\n\n" + "<div>".repeat(DEPTH) + "\n");
  }

  @Test
  void yamlNestedTenThousandDeepInFrontMatter() {
    run("---\ntitle: " + "[".repeat(DEPTH) + "]".repeat(DEPTH) + "\nreview-type: SAR\n---\n" + Project.BODY);
  }

  @Test
  void yamlNestedTenThousandDeepInSiteYaml() throws Exception {
    Project p = new Project(dir);
    p.goodReport("adult-h");
    java.nio.file.Files.writeString(p.reports().resolve("site.yaml"), "title: " + "{a: ".repeat(DEPTH) + "b" + "}".repeat(DEPTH) + "\n");
    BuildResult r = p.build();
    System.out.println(r.diagnostics());
  }

  private void run(String text) {
    Project p = new Project(dir);
    p.report("deep", text);
    p.goodReport("adult-h");
    long t = System.nanoTime(); System.out.println(new Throwable().getStackTrace()[1].getMethodName());
    BuildResult r = p.build();
    System.out.println((System.nanoTime() - t) / 1_000_000 + " ms " + r.diagnostics().stream().map(d -> d.format()).toList());
  }
}
