package org.reviewpress.benchmarks;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.corpus.ReportCorpus;
import org.reviewpress.model.Report;
import org.reviewpress.pdf.PdfRenderer;
import org.reviewpress.pdf.RenderedPdf;
import org.reviewpress.render.PageRenderer;
import org.reviewpress.render.SiteInfo;
import org.reviewpress.render.Theme;

/**
 * How long one warm render of a generated report of about 60 pages takes, and how much memory it
 * needs: the first (cold) render, then warm-up rounds, then measured rounds, in one JVM. The
 * numbers go to the console and to the file named by the first argument.
 */
public final class PdfBenchmark {

  private static final int WARM_UP = 8;
  private static final int MEASURED = 11;

  private PdfBenchmark() {}

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionTime())).sum();
  }

  public static void main(String[] args) throws Exception {
    Path project = Files.createTempDirectory("reviewpress-benchmark");
    ReportCorpus.write(project.resolve("src/reports"), "child-r", ReportCorpus.SIXTY_PAGES, 42);
    BuildResult checked = Publisher.builder().projectDirectory(project).build().check();
    Report report = checked.reports().get(0);
    Theme theme = new Theme(Optional.empty());
    SiteInfo site = new SiteInfo("Reviews", report.partnership(), Optional.empty());
    Path folder = project.resolve("src/reports/child-r");

    long t0 = System.nanoTime();
    PdfRenderer renderer = new PdfRenderer(theme, new PageRenderer(theme), Optional.empty());
    RenderedPdf pdf = renderer.render(report, site, folder);
    double coldMs = (System.nanoTime() - t0) / 1e6;
    for (int i = 0; i < WARM_UP; i++) {
      renderer.render(report, site, folder);
    }

    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
    long gcBefore = gcMillis();
    double[] ms = new double[MEASURED];
    double[] cpuMs = new double[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      pdf = renderer.render(report, site, folder);
      ms[i] = (System.nanoTime() - start) / 1e6;
      cpuMs[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
    }
    long gcPerRender = (gcMillis() - gcBefore) / MEASURED;
    long allocatedPerRender = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / MEASURED;
    long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    double[] cpuSorted = cpuMs.clone();
    Arrays.sort(cpuSorted);
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    String result = String.format(Locale.ROOT, """
        reviewpress PDF benchmark (%s)
        report: generated, %d episodes, %d findings -> %d pages, %d KB (PDF/UA-1 + PDF/A-2a)
        machine: %d processors, Java %s, max heap %d MB, load average %.1f at the end (other work on the machine slows wall-clock times)
        cold first render (new JVM, includes class loading): %.0f ms
        warm renders (%d measured after %d warm-up), wall clock: median %.0f ms, mean %.0f ms, min %.0f ms, max %.0f ms
        warm renders, CPU time of the rendering thread: median %.0f ms, min %.0f ms; garbage collection %d ms per render
        memory: peak heap used during the measured renders %d MB (includes uncollected garbage);
                allocated per render %d MB
        """, LocalDate.now(), ReportCorpus.SIXTY_PAGES, report.findings().size(), pdf.pages(),
        (pdf.bytes().length + 1023) / 1024, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, load, coldMs, MEASURED, WARM_UP,
        sorted[MEASURED / 2], Arrays.stream(ms).average().orElse(0), sorted[0], sorted[MEASURED - 1],
        cpuSorted[MEASURED / 2], cpuSorted[0], gcPerRender,
        peakHeap >> 20, allocatedPerRender >> 20);
    System.out.print(result);
    if (args.length > 0) {
      Path out = Path.of(args[0]);
      Files.createDirectories(out.getParent());
      Files.writeString(out, result, StandardCharsets.UTF_8);
    }
  }
}
