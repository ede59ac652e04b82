package org.reviewpress.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reviewpress.check.Checker;
import org.reviewpress.check.RuleRegistry;
import org.reviewpress.check.privacy.PrivacySettings;
import org.reviewpress.corpus.ReportCorpus;
import org.reviewpress.model.Report;
import org.reviewpress.render.PageRenderer;
import org.reviewpress.render.SiteInfo;
import org.reviewpress.render.Theme;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;
import org.reviewpress.source.SiteConfig;

/**
 * Whether the cost of a report grows in proportion to its length: one report each of about
 * 5,000, 15,000, 45,000 and 135,000 words, read, checked by every rule and rendered on one thread,
 * in CPU time per 1,000 words. Linear work gives about the same figure at every size; anything
 * quadratic shows as a figure that grows with the size.
 *
 * <p>{@code java -cp <classpath> org.reviewpress.benchmarks.ScalingBenchmark benchmarks/results/scaling.txt}
 */
public final class ScalingBenchmark {

  private static final int[] WORDS = {5_000, 15_000, 45_000, 135_000};
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ScalingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path results = Path.of(args[0]).toAbsolutePath();
    Path root = results.getParent().getParent().resolve("target/benchmark-projects/scaling");
    Path sources = root.resolve("src/reports");
    Files.createDirectories(root);
    Path terms = root.resolve("sensitive-terms.txt");
    Files.writeString(terms, "Zebedee Quartermaine\nOakhollow Lane\n", StandardCharsets.UTF_8);
    ReportReader reader = new ReportReader(new MarkdownReader());
    Checker checker = new Checker(RuleRegistry.builtIn(), Map.of(), PrivacySettings.load(Optional.of(terms), root));
    PageRenderer pages = new PageRenderer(new Theme(Optional.empty()));
    SiteInfo site = new SiteInfo("Reviews", "Westmere Safeguarding Children Partnership", Optional.empty());

    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "reviewpress scaling benchmark (%s): one report per size, read + all checks + page, one thread, CPU time%n"
            + "machine: %d processors, Java %s%n", LocalDate.now(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version")));
    for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT on every size
      for (int target : WORDS) {
        String slug = "scaling-" + target;
        Path file = ReportCorpus.write(sources, slug, ReportCorpus.episodesFor(target), target);
        int words = ReportCorpus.words(Files.readString(file, StandardCharsets.UTF_8));
        ReportSource src = new ReportSource(slug, file.getParent(), file, file);
        int rounds = Math.max(3, 600_000 / words);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
          long t = THREADS.getCurrentThreadCpuTime();
          Report r = reader.read(src).report().orElseThrow();
          checker.check(r, SiteConfig.defaults(), src.folder());
          pages.report(r, site, Optional.empty());
          best = Math.min(best, THREADS.getCurrentThreadCpuTime() - t);
        }
        if (pass == 1) {
          out.append(String.format(Locale.ROOT, "  %7d words: %8.1f ms, %5.2f ms per 1,000 words (fastest of %d)%n",
              words, best / 1e6, best / 1e6 / (words / 1000.0), rounds));
        }
      }
    }
    System.out.print(out);
    Files.createDirectories(results.getParent());
    Files.writeString(results, out.toString(), StandardCharsets.UTF_8);
  }
}
