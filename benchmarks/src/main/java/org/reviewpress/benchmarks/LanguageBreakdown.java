package org.reviewpress.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.check.RuleRegistry;
import org.reviewpress.check.language.Prose;
import org.reviewpress.model.Report;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;
import org.reviewpress.source.SiteConfig;
import org.reviewpress.source.SiteConfigReader;

/**
 * The CPU time of the language and structure text rules and the prose model they share, on the
 * reports profile.sh generated: Prose.of, its sentences, its words, then each rule with the
 * models built. Each figure is the fastest of the rounds (per report), which on a machine shared
 * with other builds is steadier than the mean. Run by benchmarks/language.sh.
 */
public final class LanguageBreakdown {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private LanguageBreakdown() {}

  public static void main(String[] args) throws Exception {
    Path project = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    Path sources = project.resolve("src/reports");
    SiteConfig config = new SiteConfigReader().read(sources.resolve("site.yaml"), Path.of("src/reports/site.yaml")).config();
    ReportReader reader = new ReportReader(new MarkdownReader());
    List<Report> reports = new ArrayList<>();
    List<Path> folders = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(sources)) {
      for (Path d : dirs.sorted().toList()) {
        Path f = d.resolve("report.md");
        if (Files.exists(f)) {
          reports.add(reader.read(new ReportSource(d.getFileName().toString(), d, f, project.relativize(f))).report().orElseThrow());
          folders.add(d);
        }
      }
    }
    List<Rule> rules = RuleRegistry.builtIn().rules().stream()
        .filter(r -> r.id().startsWith("language.") || r.id().equals("structure.chronology") || r.id().equals("structure.length"))
        .toList();
    Map<String, Long> best = new LinkedHashMap<>();
    for (int round = 0; round <= rounds; round++) {
      Map<String, Long> times = new LinkedHashMap<>();
      for (int i = 0; i < reports.size(); i++) {
        CheckContext context = new CheckContext(reports.get(i), config, folders.get(i));
        long t0 = cpu();
        Prose prose = Prose.of(context);
        long t1 = cpu();
        prose.sentences();
        long t2 = cpu();
        prose.words();
        long t3 = cpu();
        times.merge("Prose.of", t1 - t0, Long::sum);
        times.merge("Prose sentences", t2 - t1, Long::sum);
        times.merge("Prose words", t3 - t2, Long::sum);
        for (Rule rule : rules) {
          long a = cpu();
          rule.check(context);
          times.merge(rule.id(), cpu() - a, Long::sum);
        }
      }
      if (round > 0) { // the first round warms up
        times.forEach((k, v) -> best.merge(k, v, Math::min));
      }
    }
    double per = reports.size() * 1e6;
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "language and structure text rules, CPU ms per report (fastest of %d rounds over %d reports):%n", rounds, reports.size()));
    best.forEach((k, v) -> out.append(String.format(Locale.ROOT, "  %-30s %6.2f%n", k, v / per)));
    out.append(String.format(Locale.ROOT, "  %-30s %6.2f%n", "total", best.values().stream().mapToLong(Long::longValue).sum() / per));
    System.out.print(out);
  }

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }
}
