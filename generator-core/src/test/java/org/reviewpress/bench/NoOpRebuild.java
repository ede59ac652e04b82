package org.reviewpress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;

/**
 * Measures how long a build of the example report takes when nothing has changed (every page
 * comes from the build cache), against a full build with an empty cache. A harness, not a test:
 * run it by hand and read the numbers.
 *
 * <pre>
 * mvn -B -q -pl themes,generator-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "generator-core/target/test-classes:generator-core/target/classes:$(cat generator-core/target/cp.txt)" \
 *     org.reviewpress.bench.NoOpRebuild example-report 20
 * </pre>
 */
public final class NoOpRebuild {

  private NoOpRebuild() {}

  public static void main(String[] args) throws Exception {
    Path project = Path.of(args.length > 0 ? args[0] : "example-report").toAbsolutePath().normalize();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path out = Files.createTempDirectory("reviewpress-bench");
    Publisher publisher = Publisher.builder().projectDirectory(project).outputDirectory(out).build();

    // Warm the JVM (class loading, JIT) on full builds, then time full builds from an empty cache.
    for (int i = 0; i < 3; i++) {
      deleteCache(out);
      publisher.build();
    }
    long[] full = new long[runs];
    for (int i = 0; i < runs; i++) {
      deleteCache(out);
      long t = System.nanoTime();
      BuildResult r = publisher.build();
      full[i] = System.nanoTime() - t;
      check(!r.rendered().isEmpty(), "a full build rendered nothing");
    }
    long[] noop = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      BuildResult r = publisher.build();
      noop[i] = System.nanoTime() - t;
      check(r.rendered().isEmpty() && !r.reused().isEmpty(), "a no-op build rendered " + r.rendered());
    }
    long[] check = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      publisher.check();
      check[i] = System.nanoTime() - t;
    }
    System.out.printf("example report (%s), %d runs each, after warm-up:%n", project.getFileName(), runs);
    System.out.printf("  full build, empty cache : median %6.1f ms, min %6.1f ms%n", median(full), min(full));
    System.out.printf("  no-op rebuild (cached)  : median %6.1f ms, min %6.1f ms%n", median(noop), min(noop));
    System.out.printf("  check alone (no output) : median %6.1f ms, min %6.1f ms  (runs on every build, by design)%n",
        median(check), min(check));
  }

  private static void deleteCache(Path out) throws Exception {
    Path cache = out.resolve("cache");
    if (Files.exists(cache)) {
      try (var walk = Files.walk(cache)) {
        for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  private static double median(long[] ns) {
    long[] s = ns.clone();
    Arrays.sort(s);
    return s[s.length / 2] / 1e6;
  }

  private static double min(long[] ns) {
    return Arrays.stream(ns).min().orElse(0) / 1e6;
  }
}
