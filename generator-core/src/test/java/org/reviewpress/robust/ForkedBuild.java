package org.reviewpress.robust;

import java.nio.file.Path;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;

/**
 * A build in a JVM of its own, for {@link AtomicPublishTest} to kill half-way:
 * {@code java ForkedBuild <projectDirectory>}. Exits 0 when the site was published, 1 otherwise.
 */
public final class ForkedBuild {

  private ForkedBuild() {}

  public static void main(String[] args) {
    BuildResult r = Publisher.builder().projectDirectory(Path.of(args[0])).threads(1).build().build();
    System.out.println(r.summary());
    System.exit(r.site().isPresent() ? 0 : 1);
  }
}
