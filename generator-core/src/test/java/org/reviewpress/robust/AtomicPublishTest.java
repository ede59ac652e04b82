package org.reviewpress.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.ReviewpressException;

/**
 * The published site changes all at once or not at all. A build that fails — on a report's
 * errors, or on a broken theme half-way through writing — leaves the previous site
 * byte-for-byte as it was; a build killed half-way (a separate JVM, destroyed while its staging
 * folder is being written) leaves no half-written site in place, and the next build removes
 * the leftovers and succeeds.
 */
class AtomicPublishTest {

  static final int REPORTS = 40;

  @TempDir
  Path dir;

  /** A project of {@link #REPORTS} reports with long bodies, so that publishing takes a while. */
  Project largeProject(String edition) {
    Project p = new Project(dir);
    StringBuilder body = new StringBuilder(Project.BODY);
    for (int i = 0; i < 50; i++) {
      body.append("\n## Episode ").append(i).append(" (").append(edition).append(")\n\n")
          .append("The visit was declined and the case was closed without a further call to the family. ".repeat(4))
          .append('\n');
    }
    for (int i = 0; i < REPORTS; i++) {
      p.report(String.format("report-%02d", i), Project.FRONT + body);
    }
    return p;
  }

  /** Three reports: enough for the failures that need no timing. */
  Project smallProject(String edition) {
    Project p = new Project(dir);
    for (int i = 0; i < 3; i++) {
      p.report(String.format("report-%02d", i), Project.FRONT + Project.BODY + "\n## Edition (" + edition + ")\n");
    }
    return p;
  }

  @Test
  void aBuildFailingOnErrorsLeavesThePreviousSiteByteForByte() throws Exception {
    Project p = smallProject("first");
    assertThat(p.build().failed()).isFalse();
    Map<String, String> before = Project.hashTree(p.site());
    assertThat(before).hasSizeGreaterThan(6);

    p.report("report-07", Project.FRONT + "\n## No anchors any more\n");
    p.goodReport("report-99");
    BuildResult failed = p.build();
    assertThat(failed.failed()).isTrue();
    assertThat(Project.hashTree(p.site())).isEqualTo(before);
    assertThat(leftovers(p)).isEmpty();
  }

  @Test
  void aBuildFailingHalfWayThroughWritingLeavesThePreviousSiteByteForByte() throws Exception {
    Project p = smallProject("first");
    assertThat(p.build().failed()).isFalse();
    Map<String, String> before = Project.hashTree(p.site());

    // The report pages render, then the index's template fails: the staging folder is half written.
    Path theme = Files.createDirectories(p.root.resolve("src/theme/templates"));
    Files.writeString(theme.resolve("index.peb"), "{% extends \"base.peb\" %}{% block content %}"
        + "{% include \"no-such-template.peb\" %}{% endblock %}");
    smallProject("second");
    Publisher publisher = Publisher.builder().projectDirectory(p.root).threads(2).build();
    assertThatThrownBy(publisher::build).isInstanceOf(ReviewpressException.class);
    assertThat(Project.hashTree(p.site())).isEqualTo(before);
    assertThat(leftovers(p)).as("staging folder removed after the failure").isEmpty();
  }

  @Test
  void aBuildKilledHalfWayLeavesThePreviousSiteAndTheNextBuildCleansUp() throws Exception {
    Project p = largeProject("first");
    assertThat(p.build().failed()).isFalse();
    Map<String, String> before = Project.hashTree(p.site());
    largeProject("second"); // what the killed build would have published

    Process child = fork(p.root);
    Path staging = null;
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      // Wait until the staging folder holds some pages, then kill: a site half written.
      while ((staging == null || countFiles(staging) < 20) && child.isAlive() && System.nanoTime() < deadline) {
        staging = leftovers(p).stream().filter(f -> f.getFileName().toString().startsWith(".site-staging-"))
            .findFirst().orElse(staging);
        Thread.sleep(2);
      }
      assertThat(staging).as("the forked build began writing its staging folder").isNotNull();
      assertThat(child.isAlive()).as("the forked build was still running when killed").isTrue();
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.exitValue()).as("killed, not finished").isNotZero();
    int written = countFiles(staging);
    System.out.printf("[robust] forked build killed with %d files in its staging folder%n", written);
    assertThat(written).as("files the killed build had staged").isBetween(20, REPORTS * 2);

    assertThat(Project.hashTree(p.site())).as("the previous site, byte for byte").isEqualTo(before);
    assertThat(leftovers(p)).as("what the killed build left behind").isNotEmpty();

    BuildResult next = p.build();
    assertThat(next.failed()).isFalse();
    assertThat(leftovers(p)).as("leftovers after the next build").isEmpty();
    assertThat(Files.readString(p.site().resolve("report-00/index.html"))).contains("(second)");
  }

  /**
   * The one moment of publishing when no site is in place: between moving the old site aside and
   * moving the new one in. A build killed there is simulated by doing the first rename by hand.
   */
  @Test
  void aBuildKilledBetweenTheTwoRenamesGetsThePreviousSiteBack() throws Exception {
    Project p = smallProject("first");
    assertThat(p.build().failed()).isFalse();
    Map<String, String> before = Project.hashTree(p.site());
    Files.move(p.site(), p.output().resolve(".site-old-killed"));
    Files.createDirectories(p.output().resolve(".site-staging-killed/report-00"));
    assertThat(p.site()).doesNotExist();

    p.report("report-01", Project.FRONT + "\n## No anchors any more\n");
    assertThat(p.check().failed()).isTrue();
    assertThat(Project.hashTree(p.site())).as("restored by the next run, even a failing one").isEqualTo(before);

    smallProject("second");
    assertThat(p.build().failed()).isFalse();
    assertThat(leftovers(p)).isEmpty();
    assertThat(Files.readString(p.site().resolve("report-00/index.html"))).contains("(second)");
  }

  private static Process fork(Path project) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classpath,
        ForkedBuild.class.getName(), project.toString()));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static List<Path> leftovers(Project p) throws IOException {
    if (!Files.isDirectory(p.output())) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(p.output())) {
      // The spare (the site the last build replaced, for the next to stage into) is no leftover.
      return s.filter(f -> f.getFileName().toString().startsWith(".site-") && !f.getFileName().toString().equals(".site-spare"))
          .toList();
    }
  }

  private static int countFiles(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return (int) s.filter(Files::isRegularFile).count();
    }
  }
}
