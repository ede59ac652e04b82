package org.reviewpress.benchmarks;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Checker;
import org.reviewpress.check.Rule;
import org.reviewpress.check.RuleRegistry;
import org.reviewpress.check.privacy.PrivacySettings;
import org.reviewpress.model.Report;
import org.reviewpress.model.Severity;
import org.reviewpress.publish.FindingsJson;
import org.reviewpress.publish.cache.Fingerprint;
import org.reviewpress.publish.cache.ReportCache;
import org.reviewpress.publish.quality.QualityMarkers;
import org.reviewpress.publish.quality.Scorecard;
import org.reviewpress.render.PageRenderer;
import org.reviewpress.render.SiteInfo;
import org.reviewpress.render.Theme;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;
import org.reviewpress.source.SiteConfig;
import org.reviewpress.source.SiteConfigReader;

/**
 * Whole-site builds of invented 15,000-word reviews, HTML only, in this JVM, through the same
 * {@link Publisher} the Maven plugin calls. Modes (first argument):
 *
 * <ul>
 *   <li>{@code steady <reports> <results>}: full builds (empty build cache) repeated until the
 *       JIT has settled, then measured; wall time per report across all cores. Then a
 *       single-thread breakdown by stage (read, check, render) and by rule.
 *   <li>{@code site <reports> <results>}: the first full build in a fresh JVM (class loading and
 *       JIT included), warm full builds, the no-op rebuild (everything from the build cache), and
 *       the peak heap and garbage collection of all of it. Run it with {@code -Xmx512m} to show
 *       the heap bound holds.
 *   <li>{@code breakdown <reports> <results>}: only the single-thread breakdown, for profiling.
 * </ul>
 * System properties {@code warmUp}, {@code measured}, {@code rounds}, {@code warm} and {@code noops}
 * change the repetitions.
 *
 * The project is written under {@code target/benchmark-projects/} and reused by mvn-site.sh.
 */
public final class SiteBenchmark {

  private SiteBenchmark() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    int reports = Integer.parseInt(args[1]);
    Path results = Path.of(args[2]).toAbsolutePath();
    Path root = results.getParent().getParent().resolve("target/benchmark-projects/site-" + reports);
    BenchProject project = BenchProject.write(root, reports, "0.1.0-SNAPSHOT");
    String text = switch (mode) {
      case "steady" -> steady(project);
      case "site" -> site(project);
      case "breakdown" -> breakdown(project);
      default -> throw new IllegalArgumentException("mode is steady or site, not " + mode);
    };
    System.out.print(text);
    Files.createDirectories(results.getParent());
    Files.writeString(results, text, StandardCharsets.UTF_8);
  }

  private static Publisher publisher(BenchProject project, Path out) {
    return Publisher.builder().projectDirectory(project.root()).outputDirectory(out)
        .sensitiveTerms(project.sensitiveTerms()).pdf(false).build();
  }

  /** A build that must read, check and render every report; its wall time. */
  private static long rebuild(Publisher publisher, int reports) {
    long t = System.nanoTime();
    BuildResult r = publisher.build();
    long ns = System.nanoTime() - t;
    if (r.failed() || r.rendered().size() != reports || r.checked().size() != reports) {
      throw new IllegalStateException("a rebuild failed or skipped reports: rendered " + r.rendered().size()
          + ", checked " + r.checked().size());
    }
    return ns;
  }

  /** The same project with one rule at another level: a change of configuration that reads, checks and renders every report. */
  private static Publisher publisher(BenchProject project, Path out, String imageAltLevel) {
    return Publisher.builder().projectDirectory(project.root()).outputDirectory(out)
        .sensitiveTerms(project.sensitiveTerms()).pdf(false)
        .ruleLevels(Map.of("accessibility.image-alt", imageAltLevel)).build();
  }

  /** A full build: the build cache emptied first, so every report is read, checked and rendered. */
  private static long fullBuild(Publisher publisher, Path out, int reports) throws IOException {
    delete(out.resolve("cache"));
    long t = System.nanoTime();
    BuildResult r = publisher.build();
    long ns = System.nanoTime() - t;
    if (r.failed() || r.rendered().size() != reports) {
      throw new IllegalStateException("the build failed or skipped reports: rendered " + r.rendered().size()
          + ", errors " + r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).limit(3).toList());
    }
    return ns;
  }

  private static String steady(BenchProject project) throws Exception {
    int n = project.reports();
    Path out = Files.createTempDirectory("reviewpress-steady");
    Publisher publisher = publisher(project, out);
    // Full builds until the JIT has compiled the hot paths. After 8 the optimising compiler was
    // still busy (about 1 s of its CPU time per build of 100 reports, on the second core); after
    // 24 it has settled (0.2 s), and the builds are measured.
    // Then on until the JIT has settled: it compiled for under 100 ms (about 1 ms per report) in
    // each of the last three builds, or 80 builds in all. How many it took is printed.
    int minWarmUp = Integer.getInteger("warmUp", 24);
    int maxWarmUp = Math.max(minWarmUp, Integer.getInteger("maxWarmUp", 80));
    int measured = Integer.getInteger("measured", 10);
    int warmUp = 0;
    int quiet = 0;
    while (warmUp < maxWarmUp && (warmUp < minWarmUp || quiet < 3)) {
      long jitBefore = jitMillis();
      fullBuild(publisher, out, n);
      warmUp++;
      quiet = jitMillis() - jitBefore < 100 ? quiet + 1 : 0;
    }
    double loadBefore = BenchProject.load();
    long[] builds = new long[measured];
    long[] buildCpu = new long[measured];
    long jit = jitMillis();
    long gc = gcMillis();
    long[] ticks = procTicks();
    for (int i = 0; i < measured; i++) {
      long c = processCpu();
      builds[i] = fullBuild(publisher, out, n);
      buildCpu[i] = processCpu() - c;
    }
    // If the JIT is still compiling while the builds are measured, the state is not yet steady.
    jit = jitMillis() - jit;
    gc = gcMillis() - gc;
    long[] ticksAfter = procTicks();
    double userMs = (ticksAfter[0] - ticks[0]) * 10.0 / measured / n;
    double kernelMs = (ticksAfter[1] - ticks[1]) * 10.0 / measured / n;
    // Full rebuilds as after a change of configuration: the build cache and the last site stay,
    // but every key changes, so every report is read, checked and rendered, and every file of the
    // last build is written over.
    Publisher[] configs = {publisher(project, out, "error"), publisher(project, out, "warning")};
    for (int i = 0; i < 4; i++) {
      rebuild(configs[i % 2], n);
    }
    long[] rebuilds = new long[measured];
    long[] rebuildCpu = new long[measured];
    long[] rebuildTicks = procTicks();
    for (int i = 0; i < measured; i++) {
      long c = processCpu();
      rebuilds[i] = rebuild(configs[i % 2], n);
      rebuildCpu[i] = processCpu() - c;
    }
    long[] rebuildTicksAfter = procTicks();
    long[] checks = new long[measured];
    for (int i = 0; i < measured; i++) {
      delete(out.resolve("cache")); // check results are cached too: without this, nothing is checked
      long t = System.nanoTime();
      publisher.check();
      checks[i] = System.nanoTime() - t;
    }
    double loadAfter = BenchProject.load();
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, """
        reviewpress steady-state benchmark (%s): parse + all checks + HTML, %d reports of %d words
        machine: %d processors, Java %s, max heap %d MB, load average %.1f before, %.1f after
        full site build (empty build cache, pdf=false), %d measured after %d warm-up builds (at least %d, then until the JIT compiled for under 100 ms in each of three builds in a row, at most %d):
          median %.0f ms = %.2f ms wall per report across all cores (min %.2f, max %.2f)
          CPU time of the whole process (all threads, GC and JIT included): median %.2f ms per report
          per report over the measured builds: user %.2f ms, kernel %.2f ms; JIT compiling %.2f ms, garbage collection %.2f ms (elapsed)
        full rebuild after a change of configuration (build cache and last site in place, every report read, checked and rendered), %d measured:
          median %.0f ms = %.2f ms wall per report (min %.2f, max %.2f); CPU of the whole process %.2f ms per report (user %.2f, kernel %.2f)
        check only (read + all checks, no output), same builds:
          median %.0f ms = %.2f ms wall per report
        """, LocalDate.now(), n, project.wordsPerReport(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, loadBefore, loadAfter,
        measured, warmUp, minWarmUp, maxWarmUp, median(builds) / 1e6, median(builds) / 1e6 / n, min(builds) / 1e6 / n, max(builds) / 1e6 / n,
        median(buildCpu) / 1e6 / n, userMs, kernelMs, (double) jit / measured / n, (double) gc / measured / n,
        measured, median(rebuilds) / 1e6, median(rebuilds) / 1e6 / n, min(rebuilds) / 1e6 / n, max(rebuilds) / 1e6 / n,
        median(rebuildCpu) / 1e6 / n, (rebuildTicksAfter[0] - rebuildTicks[0]) * 10.0 / measured / n,
        (rebuildTicksAfter[1] - rebuildTicks[1]) * 10.0 / measured / n,
        median(checks) / 1e6, median(checks) / 1e6 / n));
    s.append(breakdown(project));
    delete(out);
    return s.toString();
  }

  /**
   * User and kernel CPU time of this process so far, in clock ticks (1/100 s on Linux), from
   * {@code /proc/self/stat}; zeros where there is no such file.
   */
  private static long[] procTicks() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
    } catch (java.io.IOException | RuntimeException e) {
      return new long[2];
    }
  }

  /** Milliseconds the JIT compilers have spent so far, across their threads. */
  private static long jitMillis() {
    return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  /** Milliseconds spent in garbage collection so far, by every collector (elapsed, not CPU). */
  private static long gcMillis() {
    long ms = 0;
    for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  /** The CPU time of this thread: steadier than wall time on a machine shared with other builds. */
  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Bytes this thread has allocated so far: garbage the collector must clear when both cores are busy. */
  private static long allocated() {
    return THREADS.getCurrentThreadAllocatedBytes();
  }

  /** One thread, stage by stage and rule by rule, over every report: where the CPU time goes. */
  private static String breakdown(BenchProject project) throws Exception {
    Path sources = project.root().resolve("src/reports");
    SiteConfig config = new SiteConfigReader().read(sources.resolve("site.yaml"), Path.of("src/reports/site.yaml")).config();
    PrivacySettings privacy = PrivacySettings.load(Optional.of(project.sensitiveTerms()), project.root());
    RuleRegistry registry = RuleRegistry.builtIn();
    Checker checker = new Checker(registry, Map.of(), privacy);
    ReportReader reader = new ReportReader(new MarkdownReader());
    Theme theme = new Theme(Optional.empty());
    PageRenderer pages = new PageRenderer(theme);
    SiteInfo site = new SiteInfo("Reviews", "Westmere Safeguarding Children Partnership", Optional.empty());
    List<ReportSource> srcs = new ArrayList<>();
    for (Path f : project.reportFiles()) {
      srcs.add(new ReportSource(f.getParent().getFileName().toString(), f.getParent(), f, project.root().relativize(f)));
    }
    long read = 0;
    long check = 0;
    long html = 0;
    long json = 0;
    long fingerprint = 0;
    long score = 0;
    long store = 0;
    long models = 0;
    List<String> ruleIds = registry.rules().stream().map(Rule::id).toList();
    QualityMarkers markers = new QualityMarkers(config, ruleIds, ruleIds);
    Path cacheDir = Files.createTempDirectory("reviewpress-breakdown-cache");
    ReportCache cache = new ReportCache(cacheDir);
    long[] bytes = new long[4];
    Map<String, Long> perRule = new LinkedHashMap<>();
    int rounds = Integer.getInteger("rounds", 3);
    for (int round = 0; round <= rounds; round++) {
      boolean measure = round > 0; // the first round warms up
      for (ReportSource src : srcs) {
        long a0 = allocated();
        long t0 = cpu();
        Report r = reader.read(src).report().orElseThrow();
        long t1 = cpu();
        long a1 = allocated();
        CheckContext checked = checker.context(r, config, src.folder());
        List<org.reviewpress.model.Diagnostic> diagnostics = checker.check(checked);
        long t2 = cpu();
        long a2 = allocated();
        pages.reportUtf8(r, site, Optional.empty()); // the file's bytes, as a build writes them
        long t3 = cpu();
        long a3 = allocated();
        FindingsJson.report(r, site, Optional.empty());
        long t4 = cpu();
        long a4 = allocated();
        // What a whole build does for each report besides the stages (files of the site aside).
        Fingerprint tree = Fingerprint.ofTree(src.folder());
        long t5 = cpu();
        Scorecard scorecard = markers.score(checked, diagnostics);
        long t6 = cpu();
        cache.store(src.slug(), tree, new ReportCache.Entry(diagnostics, scorecard, Optional.of(r)));
        long t7 = cpu();
        if (measure) {
          bytes[0] += a1 - a0;
          bytes[1] += a2 - a1;
          bytes[2] += a3 - a2;
          bytes[3] += a4 - a3;
        }
        // Each rule twice on one context: the second run finds the shared text models (prose,
        // scan text) built, so it is the rule's own cost; the difference is the models' cost.
        CheckContext context = new CheckContext(r, config, src.folder(), privacy);
        long firstRuns = 0;
        long secondRuns = 0;
        for (int pass = 0; pass < 2; pass++) {
          for (Rule rule : registry.rules()) {
            long a = cpu();
            rule.check(context);
            long b = cpu();
            if (pass == 0) {
              firstRuns += b - a;
            } else {
              secondRuns += b - a;
              if (measure) {
                perRule.merge(rule.id(), b - a, Long::sum);
              }
            }
          }
        }
        if (measure) {
          models += firstRuns - secondRuns;
        }
        if (measure) {
          read += t1 - t0;
          check += t2 - t1;
          html += t3 - t2;
          json += t4 - t3;
          fingerprint += t5 - t4;
          score += t6 - t5;
          store += t7 - t6;
        }
      }
    }
    double per = (double) rounds * srcs.size() * 1e6;
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, """
        single thread, CPU time and bytes allocated per report (mean of %d rounds over all reports, after one warm-up round):
          read (UTF-8, front matter, Markdown parse)  %6.2f ms %6.1f MB
          all checks (incl. exemptions, redaction)    %6.2f ms %6.1f MB
          HTML page (Pebble, sanitiser, jsoup passes) %6.2f ms %6.1f MB
          findings.json                               %6.2f ms %6.1f MB
          total                                       %6.2f ms %6.1f MB
        besides the stages, in a whole build, CPU time per report (kernel time of writing included):
          fingerprint of the report's folder          %6.2f ms
          scorecard (the seven quality markers)       %6.2f ms
          build cache entry (model written to a file) %6.2f ms
        shared text models (prose, scan text), built once per report:  %6.2f ms
        rules, single thread, CPU time per report, shared models already built (slowest first):
        """, rounds, read / per, mb(bytes[0], per), check / per, mb(bytes[1], per), html / per, mb(bytes[2], per),
        json / per, mb(bytes[3], per), (read + check + html + json) / per, mb(bytes[0] + bytes[1] + bytes[2] + bytes[3], per),
        fingerprint / per, score / per, store / per, models / per));
    delete(cacheDir);
    perRule.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(Integer.getInteger("rulesShown", 40))
        .forEach(e -> s.append(String.format(Locale.ROOT, "  %-36s %6.2f ms%n", e.getKey(), e.getValue() / per)));
    long rest = perRule.values().stream().mapToLong(Long::longValue).sum();
    s.append(String.format(Locale.ROOT, "  all %d rules                                 %6.2f ms%n", perRule.size(), rest / per));
    return s.toString();
  }

  /** Megabytes per report, given the total over all rounds and {@code per} (reports times 1e6). */
  private static double mb(long total, double per) {
    return total / (per / 1e6) / (1 << 20);
  }

  private static String site(BenchProject project) throws Exception {
    int n = project.reports();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    Path out = Files.createTempDirectory("reviewpress-site");
    Publisher publisher = publisher(project, out);
    // The heap in use, sampled every 5 ms: its maximum is the true peak (the pools' own peaks
    // are reached at different moments, so their sum overstates it).
    java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    java.util.concurrent.atomic.AtomicLong sampledPeak = new java.util.concurrent.atomic.AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    double load0 = BenchProject.load();
    long coldCpu = processCpu();
    long cold = fullBuild(publisher, out, n);
    coldCpu = processCpu() - coldCpu;
    int warm = Integer.getInteger("warm", 3);
    long[] builds = new long[warm];
    for (int i = 0; i < warm; i++) {
      builds[i] = fullBuild(publisher, out, n);
    }
    int noops = Integer.getInteger("noops", 10);
    long[] noop = new long[noops];
    long[] noopCpu = new long[noops];
    publisher.build();
    for (int i = 0; i < noops; i++) {
      long c = processCpu();
      long t = System.nanoTime();
      BuildResult r = publisher.build();
      noop[i] = System.nanoTime() - t;
      noopCpu[i] = processCpu() - c;
      if (!r.rendered().isEmpty() || r.reused().size() != n) {
        throw new IllegalStateException("a no-op build rendered " + r.rendered().size() + " reports");
      }
    }
    double load1 = BenchProject.load();
    sampler.interrupt();
    // What a build keeps: every report's model stays in memory until the site is written.
    BuildResult kept = publisher.build();
    System.gc();
    long retained = memory.getHeapMemoryUsage().getUsed();
    if (kept.reports().size() != n) {
      throw new IllegalStateException("the last build lost reports");
    }
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long gcCount = 0;
    long gcMs = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcCount += Math.max(0, gc.getCollectionCount());
      gcMs += Math.max(0, gc.getCollectionTime());
    }
    String text = String.format(Locale.ROOT, """
        reviewpress site benchmark (%s): %d reports of %d words, HTML only (pdf=false), in-process
        machine: %d processors, Java %s, max heap %d MB (%s), load average %.1f before, %.1f after
        first full build in a fresh JVM (class loading and JIT included): %.0f ms; CPU time of the whole process %.0f ms
        warm full builds (empty build cache), %d: median %.0f ms (min %.0f ms) = %.2f ms per report
        no-op rebuild (nothing changed; every report from the build cache), %d: median %.0f ms (min %.0f ms),
                CPU time of the whole process (all threads, GC included) median %.0f ms
        memory: peak heap in use %d MB (sampled every 5 ms, garbage included; the pools' own peaks sum to %d MB,
                an overstatement since they peak at different moments); heap still in use after a build and a
                full GC, its %d reports held: %d MB; %d collections, %d ms in GC in total
        """, LocalDate.now(), n, project.wordsPerReport(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, gcName(), load0, load1,
        cold / 1e6, coldCpu / 1e6, warm, median(builds) / 1e6, min(builds) / 1e6, median(builds) / 1e6 / n,
        noops, median(noop) / 1e6, min(noop) / 1e6, median(noopCpu) / 1e6, sampledPeak.get() >> 20, peak >> 20, n, retained >> 20,
        gcCount, gcMs);
    delete(out);
    return text;
  }

  /** CPU time of the whole process: on a busy machine, steadier than wall time. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String gcName() {
    return String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
  }

  private static long median(long[] ns) {
    if (ns.length == 0) {
      return 0;
    }
    long[] s = ns.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  private static long min(long[] ns) {
    return Arrays.stream(ns).min().orElse(0);
  }

  private static long max(long[] ns) {
    return Arrays.stream(ns).max().orElse(0);
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
