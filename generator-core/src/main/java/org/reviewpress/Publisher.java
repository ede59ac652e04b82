package org.reviewpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.reviewpress.check.Checker;
import org.reviewpress.check.RuleRegistry;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Report;
import org.reviewpress.publish.DiagnosticsWriter;
import org.reviewpress.publish.FindingsJson;
import org.reviewpress.publish.ReportFiles;
import org.reviewpress.publish.StagedSite;
import org.reviewpress.render.PageRenderer;
import org.reviewpress.render.SiteInfo;
import org.reviewpress.render.Theme;
import org.reviewpress.source.MarkdownReader;
import org.reviewpress.source.ReadResult;
import org.reviewpress.source.ReportFinder;
import org.reviewpress.source.ReportReader;
import org.reviewpress.source.ReportSource;
import org.reviewpress.source.SiteConfig;
import org.reviewpress.source.SiteConfigReader;

/**
 * The one entry point to reviewpress: reads every report under a source directory, checks it,
 * and publishes the site. The Maven plugin and tests use only this class and its results.
 *
 * <pre>{@code
 * BuildResult result = Publisher.builder()
 *     .projectDirectory(project)
 *     .sourceDirectory(project.resolve("src/reports"))
 *     .outputDirectory(project.resolve("target/reviewpress"))
 *     .build()
 *     .build();
 * }</pre>
 *
 * A Publisher is immutable and may be used for several runs.
 */
public final class Publisher {

  /** reviewpress's own version, for generator fields and SARIF. */
  public static final String VERSION = readVersion();

  private final Path projectDirectory;
  private final Path sourceDirectory;
  private final Path outputDirectory;
  private final Optional<Path> themeDirectory;
  private final Map<String, String> ruleLevels;
  private final boolean failOnWarning;
  private final int threads;
  private final RuleRegistry registry;

  private Publisher(Builder b) {
    this.projectDirectory = b.projectDirectory;
    this.sourceDirectory = b.sourceDirectory;
    this.outputDirectory = b.outputDirectory;
    this.themeDirectory = b.themeDirectory;
    this.ruleLevels = Map.copyOf(b.ruleLevels);
    this.failOnWarning = b.failOnWarning;
    this.threads = b.threads;
    this.registry = b.registry;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads and checks every report and writes the diagnostics files; publishes nothing. */
  public BuildResult check() {
    return run(false);
  }

  /** Checks every report and, when nothing fails, publishes the site in one swap. */
  public BuildResult build() {
    return run(true);
  }

  private BuildResult run(boolean publish) {
    StagedSite.recover(outputDirectory.resolve("site")); // after a build killed mid-swap
    Path siteYaml = sourceDirectory.resolve("site.yaml");
    SiteConfigReader.Result config = new SiteConfigReader().read(siteYaml, ReportFinder.display(projectDirectory, siteYaml));
    ReportFinder.Found found = new ReportFinder().find(sourceDirectory, projectDirectory);
    Map<String, String> levels = new HashMap<>(config.config().ruleLevels());
    levels.putAll(ruleLevels); // the build's own configuration wins over site.yaml
    Checker checker = new Checker(registry, levels);
    ReportReader reader = new ReportReader(new MarkdownReader());

    List<Diagnostic> diagnostics = new ArrayList<>(config.diagnostics());
    diagnostics.addAll(found.diagnostics());
    List<Report> reports = new ArrayList<>();
    Map<String, Path> folders = new HashMap<>();
    found.reports().forEach(src -> folders.put(src.slug(), src.folder()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, new BigStackThreads());
    try {
      List<Future<Checked>> futures = new ArrayList<>();
      for (ReportSource src : found.reports()) {
        futures.add(pool.submit(() -> {
          ReadResult read = reader.read(src);
          List<Diagnostic> ds = new ArrayList<>(read.diagnostics());
          read.report().ifPresent(r -> ds.addAll(checker.check(r, config.config(), src.folder())));
          return new Checked(read.report(), ds);
        }));
      }
      for (Future<Checked> f : futures) {
        Checked c = join(f);
        c.report().ifPresent(reports::add);
        diagnostics.addAll(c.diagnostics());
      }
      diagnostics.sort(Diagnostic.BY_POSITION);
      new DiagnosticsWriter(VERSION).write(outputDirectory, diagnostics, registry.descriptors());
      BuildResult result = new BuildResult(diagnostics, reports, Optional.empty(), failOnWarning);
      if (!publish || result.failed()) {
        return result;
      }
      Path site = outputDirectory.resolve("site");
      publish(site, reports, folders, siteInfo(config.config(), reports), pool);
      return new BuildResult(diagnostics, reports, Optional.of(site), failOnWarning);
    } finally {
      pool.shutdownNow();
    }
  }

  private void publish(Path siteDir, List<Report> reports, Map<String, Path> folders, SiteInfo site,
      ExecutorService pool) {
    Theme theme = new Theme(themeDirectory);
    PageRenderer pages = new PageRenderer(theme);
    Function<Report, Optional<String>> pdfOf = r -> Optional.empty();
    try (StagedSite staged = StagedSite.begin(siteDir)) {
      List<Future<?>> futures = new ArrayList<>();
      for (Report r : reports) {
        futures.add(pool.submit(() -> {
          staged.write(r.slug() + "/index.html", pages.report(r, site, Optional.empty()));
          staged.write(r.slug() + "/findings.json", FindingsJson.report(r, site, pdfOf.apply(r)));
          ReportFiles.copy(ReportFiles.images(r, folders.get(r.slug()), pages.safeBody(r)), r.slug(), staged);
          return null;
        }));
      }
      futures.forEach(Publisher::join);
      List<Report> ordered = PageRenderer.newestFirst(reports);
      staged.write("index.html", pages.index(ordered, site));
      staged.write("findings.json", FindingsJson.site(ordered, site, pdfOf));
      copySchema(staged);
      theme.assets().forEach((path, source) -> {
        try {
          staged.copy("assets/" + path, source.open());
        } catch (IOException e) {
          throw new ReviewpressException("Cannot read the theme asset " + path + ": " + e.getMessage(), e);
        }
      });
      staged.publish();
    }
  }

  private static void copySchema(StagedSite staged) {
    InputStream in = FindingsJson.class.getResourceAsStream(FindingsJson.SCHEMA_RESOURCE);
    if (in == null) {
      throw new ReviewpressException("The findings schema is missing from the reviewpress jar.");
    }
    staged.copy("findings.schema.json", in);
  }

  private SiteInfo siteInfo(SiteConfig config, List<Report> reports) {
    String partnership = config.partnership()
        .orElse(reports.isEmpty() ? "The safeguarding partnership" : reports.get(0).partnership());
    String title = config.title().orElse(partnership + ": safeguarding reviews");
    return new SiteInfo(title, partnership, config.baseUrl());
  }

  private static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReviewpressException("The build was interrupted.", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new ReviewpressException(String.valueOf(cause.getMessage()), cause);
    }
  }

  private static String readVersion() {
    try (InputStream in = Publisher.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "development");
    } catch (IOException e) {
      return "development";
    }
  }

  /** One report after reading and checking. */
  private record Checked(Optional<Report> report, List<Diagnostic> diagnostics) {}

  /**
   * Worker threads with deep stacks: Flexmark renders nested Markdown recursively, and a
   * hostile report may nest lists or quotes thousands deep.
   */
  private static final class BigStackThreads implements ThreadFactory {
    private final AtomicInteger n = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(null, r, "reviewpress-" + n.incrementAndGet(), 512L * 1024 * 1024);
      t.setDaemon(true);
      return t;
    }
  }

  /** Fills defaults in {@link #build()}, as Pebble's engine builder does. */
  public static final class Builder {
    private Path projectDirectory;
    private Path sourceDirectory;
    private Path outputDirectory;
    private Optional<Path> themeDirectory = Optional.empty();
    private Map<String, String> ruleLevels = Map.of();
    private boolean failOnWarning;
    private int threads;
    private RuleRegistry registry;

    private Builder() {}

    /** The project root; diagnostics show paths relative to it. Default: the working directory. */
    public Builder projectDirectory(Path dir) {
      this.projectDirectory = dir;
      return this;
    }

    /** The folder holding one folder per report. Default: {@code src/reports} in the project. */
    public Builder sourceDirectory(Path dir) {
      this.sourceDirectory = dir;
      return this;
    }

    /** Where diagnostics and {@code site/} are written. Default: {@code target/reviewpress}. */
    public Builder outputDirectory(Path dir) {
      this.outputDirectory = dir;
      return this;
    }

    /** A project theme directory that shadows the default theme. Default: {@code src/theme} if present. */
    public Builder themeDirectory(Path dir) {
      this.themeDirectory = Optional.ofNullable(dir);
      return this;
    }

    /** Rule levels that override site.yaml: rule id to error, warning, info or off. */
    public Builder ruleLevels(Map<String, String> levels) {
      this.ruleLevels = Map.copyOf(levels);
      return this;
    }

    /** Whether warnings fail the build too. */
    public Builder failOnWarning(boolean fail) {
      this.failOnWarning = fail;
      return this;
    }

    /** Worker threads. Default: the number of processors. */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** The rules to run. Default: {@link RuleRegistry#builtIn()}. */
    public Builder rules(RuleRegistry registry) {
      this.registry = registry;
      return this;
    }

    public Publisher build() {
      if (projectDirectory == null) {
        projectDirectory = Path.of("").toAbsolutePath();
      }
      projectDirectory = projectDirectory.toAbsolutePath().normalize();
      if (sourceDirectory == null) {
        sourceDirectory = projectDirectory.resolve("src/reports");
      }
      if (outputDirectory == null) {
        outputDirectory = projectDirectory.resolve("target/reviewpress");
      }
      sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
      outputDirectory = outputDirectory.toAbsolutePath().normalize();
      if (themeDirectory.isEmpty() && Files.isDirectory(projectDirectory.resolve("src/theme"))) {
        themeDirectory = Optional.of(projectDirectory.resolve("src/theme"));
      }
      if (threads <= 0) {
        threads = Math.max(1, Runtime.getRuntime().availableProcessors());
      }
      if (registry == null) {
        registry = RuleRegistry.builtIn();
      }
      return new Publisher(this);
    }
  }
}
