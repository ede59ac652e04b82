package org.reviewpress.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.model.Report;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReadResult;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;

/**
 * A report.md the build may not read is a diagnostic, and the other reports are still checked.
 *
 * <p>Permissions do not stop root (CI containers often run as root), so when {@code chmod 000}
 * does not make the file unreadable the test says so loudly and makes the read fail another
 * way: Linux's {@code /proc/self/mem} is a regular file whose first read fails with an I/O
 * error, which is what a failing disk or a revoked network share gives.
 */
class UnreadableFileTest {

  @TempDir
  Path dir;

  @Test
  void anUnreadableReportIsADiagnosticAndTheOthersAreChecked() throws Exception {
    Project p = new Project(dir);
    p.goodReport("good");
    Path locked = p.goodReport("locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      if (permissionsStopReading(locked)) {
        BuildResult r = p.build();
        Project.assertAt(r, "locked", "source.unreadable", 1, 1);
        assertThat(r.reports()).extracting(Report::slug).containsExactly("good");
        assertThat(Project.of(r, "good")).isEmpty();
        return;
      }
      System.err.println("""
          [WARNING] UnreadableFileTest: chmod 000 does not stop this user (%s; root ignores permissions) from reading
          [WARNING] files, so the permission path cannot be exercised here. Reading /proc/self/mem instead,
          [WARNING] which fails with an I/O error on Linux.""".formatted(System.getProperty("user.name")));
      Path failing = Path.of("/proc/self/mem");
      Assumptions.assumeTrue(Files.isRegularFile(failing) && readFails(failing),
          "LOUD SKIP: neither chmod 000 nor /proc/self/mem makes a read fail on this machine");
      ReadResult read = new ReportReader(new MarkdownReader())
          .read(new ReportSource("locked", locked.getParent(), failing, Path.of(Project.display("locked"))));
      assertThat(read.report()).isEmpty();
      assertThat(read.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.ruleId()).isEqualTo("source.unreadable");
        assertThat(d.position()).hasToString(Project.display("locked") + ":1:1");
        assertThat(d.message()).contains("cannot be read");
        assertThat(d.hint()).isNotBlank();
      });
      // And the build as a whole copes with the chmod-ed file either way.
      BuildResult r = p.build();
      assertThat(r.reports()).extracting(Report::slug).contains("good");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static boolean permissionsStopReading(Path file) throws IOException {
    try {
      Files.readAllBytes(file);
      return false;
    } catch (AccessDeniedException e) {
      return true;
    }
  }

  private static boolean readFails(Path file) {
    try {
      Files.readAllBytes(file);
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
