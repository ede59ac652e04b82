package org.reviewpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.HashSet;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Checker;
import org.reviewpress.check.RuleRegistry;
import org.reviewpress.check.privacy.PrivacySettings;
import org.reviewpress.internal.Lazy;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Report;
import org.reviewpress.model.Severity;
import org.reviewpress.pdf.PdfRenderer;
import org.reviewpress.pdf.RenderedPdf;
import org.reviewpress.publish.DiagnosticsWriter;
import org.reviewpress.publish.FindingsJson;
import org.reviewpress.publish.ReportFiles;
import org.reviewpress.publish.SearchIndex;
import org.reviewpress.publish.StagedSite;
import org.reviewpress.publish.quality.QualityMarkers;
import org.reviewpress.publish.quality.QualityWriter;
import org.reviewpress.publish.quality.Scorecard;
import org.reviewpress.publish.cache.ArtefactCache;
import org.reviewpress.publish.cache.OutputStamp;
import org.reviewpress.publish.cache.ReportCache;
import org.reviewpress.publish.cache.Fingerprint;
import org.reviewpress.render.PageRenderer;
import org.reviewpress.render.PdfInfo;
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
  private final Optional<Path> sensitiveTerms;
  private final boolean pdf;

  private Publisher(Builder b) {
    this.projectDirectory = b.projectDirectory;
    this.sourceDirectory = b.sourceDirectory;
    this.outputDirectory = b.outputDirectory;
    this.themeDirectory = b.themeDirectory;
    this.ruleLevels = Map.copyOf(b.ruleLevels);
    this.failOnWarning = b.failOnWarning;
    this.threads = b.threads;
    this.registry = b.registry;
    this.sensitiveTerms = b.sensitiveTerms;
    this.pdf = b.pdf;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads and checks every report and writes the diagnostics files; publishes nothing. */
  public BuildResult check() {
    return run(false, false);
  }

  /** Checks every report and, when nothing fails, publishes the site in one swap. */
  public BuildResult build() {
    return run(true, false);
  }

  /**
   * For the preview server: checks every report and publishes into {@code <output>/preview}
   * whatever can be shown, even when some reports have errors. A report with errors keeps the
   * pages of its last good build (if it ever had one); the others are rendered as usual. Never
   * touches the published {@code site/}.
   */
  public BuildResult preview() {
    return run(true, true);
  }

  /** The folder holding one folder per report. */
  public Path sourceDirectory() {
    return sourceDirectory;
  }

  /** Where diagnostics, the site, the preview and the build cache are written. */
  public Path outputDirectory() {
    return outputDirectory;
  }

  /** The project's theme directory, if it has one. */
  public Optional<Path> themeDirectory() {
    return themeDirectory;
  }

  /** The project root that diagnostics are shown relative to. */
  public Path projectDirectory() {
    return projectDirectory;
  }

  private BuildResult run(boolean publish, boolean preview) {
    StagedSite.recover(outputDirectory.resolve("site")); // after a build killed mid-swap
    Path siteYaml = sourceDirectory.resolve("site.yaml");
    SiteConfigReader.Result config = new SiteConfigReader().read(siteYaml, ReportFinder.display(projectDirectory, siteYaml));
    ReportFinder.Found found = new ReportFinder().find(sourceDirectory, projectDirectory);
    Map<String, String> levels = new HashMap<>(config.config().ruleLevels());
    levels.putAll(ruleLevels); // the build's own configuration wins over site.yaml
    // Read per run: the plain list is hashed as it is read and never kept as text.
    PrivacySettings privacy = PrivacySettings.load(sensitiveTerms, projectDirectory);
    Checker checker = new Checker(registry, levels, privacy);
    // Built on first use: a build where no report changed never starts the Markdown parser.
    Supplier<ReportReader> reader = Lazy.of(() -> new ReportReader(new MarkdownReader()));
    ReportCache cache = new ReportCache(outputDirectory.resolve("cache").resolve("_reports"));
    cache.retainOnly(found.reports().stream().map(ReportSource::slug).toList());
    Fingerprint checkBase = checkKey(siteYaml, levels);
    QualityMarkers markers = qualityMarkers(config.config(), checker);

    List<Diagnostic> diagnostics = new ArrayList<>(config.diagnostics());
    diagnostics.addAll(found.diagnostics());
    List<Report> reports = new ArrayList<>();
    List<Scorecard> scorecards = new ArrayList<>();
    Map<String, Fingerprint> trees = new HashMap<>();
    List<String> checked = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, new BigStackThreads());
    try {
      List<Future<Checked>> futures = new ArrayList<>();
      for (ReportSource src : found.reports()) {
        // What the finder said about this report's file counts towards its scorecard.
        List<Diagnostic> foundHere = found.diagnostics().stream()
            .filter(d -> d.position().file().equals(src.display())).toList();
        futures.add(pool.submit(() -> checked(src, config.config(), reader, checker, markers, cache, checkBase, foundHere)));
      }
      for (Future<Checked> f : futures) {
        Checked c = join(f);
        c.report().ifPresent(reports::add);
        c.scorecard().ifPresent(scorecards::add);
        trees.put(c.slug(), c.tree());
        if (c.fresh()) {
          checked.add(c.slug());
        }
        diagnostics.addAll(c.diagnostics());
      }
      cache.commit();
      diagnostics.sort(Diagnostic.BY_POSITION);
      // Written on a worker while the site is rendered: they need nothing from it.
      Future<?> reportOutputs = pool.submit(() -> writeReportOutputs(diagnostics, scorecards));
      BuildResult result = new BuildResult(diagnostics, reports, Optional.empty(), failOnWarning, scorecards,
          List.of(), List.of(), checked);
      if (!publish || result.failed() && !preview) {
        join(reportOutputs);
        return result;
      }
      Path site = outputDirectory.resolve(preview ? "preview" : "site");
      SiteInfo info = siteInfo(config.config(), reports);
      Rendering done = publish(site, reports, info, pool, new RenderPlan(found.reports(), trees, levels, info,
          preview ? Optional.of(withErrors(found.reports(), diagnostics)) : Optional.empty()));
      join(reportOutputs);
      return new BuildResult(diagnostics, reports, Optional.of(site), failOnWarning, scorecards, done.rendered(),
          done.reused(), checked);
    } finally {
      pool.shutdownNow();
      cache.close();
    }
  }

  /**
   * Reads and checks one report, or takes what that gave last time from the build cache when
   * nothing it depends on has changed: an unchanged report without errors is not even read.
   */
  private Checked checked(ReportSource src, SiteConfig site, Supplier<ReportReader> reader, Checker checker, QualityMarkers markers,
      ReportCache cache, Fingerprint checkBase, List<Diagnostic> found) {
    Fingerprint tree = Fingerprint.ofTree(src.folder());
    // What the finder said about the file feeds the scorecard, so it is part of the key too.
    Fingerprint key = Fingerprint.builder().add("base", checkBase).add("file", src.display().toString())
        .add("report", tree).add("found", found.toString()).build();
    Optional<ReportCache.Entry> hit = cache.load(src.slug(), key);
    if (hit.isPresent() && hit.get().report().isPresent()) {
      ReportCache.Entry e = hit.get();
      return new Checked(src.slug(), tree, e.report(), e.diagnostics(), Optional.of(e.scorecard()), false);
    }
    ReadResult read = reader.get().read(src);
    if (read.report().isEmpty()) {
      return new Checked(src.slug(), tree, Optional.empty(), read.diagnostics(), Optional.empty(), true);
    }
    Report report = read.report().get();
    if (hit.isPresent()) { // checked before, but with errors: its model was not kept
      return new Checked(src.slug(), tree, read.report(), hit.get().diagnostics(), Optional.of(hit.get().scorecard()), false);
    }
    List<Diagnostic> ds = new ArrayList<>(read.diagnostics());
    CheckContext context = checker.context(report, site, src.folder());
    ds.addAll(checker.check(context));
    List<Diagnostic> own = new ArrayList<>(found);
    own.addAll(ds);
    Scorecard scorecard = markers.score(context, own);
    // The checks were the ones reading every character: the model is kept until its page is
    // written, and need not keep their copy of the text.
    report.source().releaseChars();
    cache.store(src.slug(), key, new ReportCache.Entry(ds, scorecard, Optional.of(report)));
    return new Checked(src.slug(), tree, read.report(), ds, Optional.of(scorecard), true);
  }

  /**
   * Everything besides a report's own folder that its check results depend on. The plain term
   * list enters only as a hash keyed with the cache's own random salt.
   */
  private Fingerprint checkKey(Path siteYaml, Map<String, String> levels) {
    Fingerprint.Builder b = Fingerprint.builder()
        .add("generator", VERSION)
        .add("code", CodeFingerprint.VALUE)
        .add("rules", String.join(",", registry.rules().stream().map(r -> r.id() + "=" + r.getClass().getName()).toList()))
        .add("levels", new TreeMap<>(levels))
        .addFile("site.yaml", siteYaml)
        .addFile("sensitive-terms.sha256", projectDirectory.resolve(PrivacySettings.HASHED_FILE));
    if (sensitiveTerms.isPresent()) {
      try {
        b.addSecret("sensitive terms", Files.readAllBytes(sensitiveTerms.get()),
            ArtefactCache.salt(outputDirectory.resolve("cache").toAbsolutePath().normalize()));
      } catch (IOException e) {
        throw new ReviewpressException("Cannot read the sensitive-terms list " + sensitiveTerms.get() + ": "
            + e.getMessage(), e);
      }
    }
    return b.build();
  }

  /** Answers the seven quality questions for each report, from its diagnostics and the rules that ran. */
  private QualityMarkers qualityMarkers(SiteConfig config, Checker checker) {
    List<String> all = registry.rules().stream().map(r -> r.id()).toList();
    List<String> active = registry.rules().stream()
        .filter(r -> checker.level(r.id(), r.defaultSeverity()).isPresent()).map(r -> r.id()).toList();
    return new QualityMarkers(config, active, all);
  }

  /**
   * Writes diagnostics.json, diagnostics.sarif and the quality scorecards, unless they are
   * already on disk exactly as these diagnostics and scorecards would write them.
   */
  private void writeReportOutputs(List<Diagnostic> diagnostics, List<Scorecard> scorecards) {
    Fingerprint.Builder key = Fingerprint.builder().add("generator", VERSION).add("code", CodeFingerprint.VALUE)
        .add("project", projectDirectory.toAbsolutePath().normalize().toString())
        .add("rules", registry.descriptors().toString());
    diagnostics.forEach(d -> key.add("diagnostic", d.toString()));
    scorecards.forEach(s -> key.add("scorecard", s.toString()));
    Fingerprint fingerprint = key.build();
    OutputStamp stamp = new OutputStamp(stamps().resolve("reports.json"), List.of(
        outputDirectory.resolve(DiagnosticsWriter.JSON_FILE), outputDirectory.resolve(DiagnosticsWriter.SARIF_FILE),
        outputDirectory.resolve("quality")));
    if (stamp.upToDate(fingerprint)) {
      return;
    }
    stamp.invalidate();
    new DiagnosticsWriter(VERSION).write(outputDirectory, diagnostics, registry.descriptors());
    new QualityWriter(projectDirectory).write(outputDirectory.resolve("quality"), scorecards);
    stamp.record(fingerprint);
  }

  /** Where the stamps of up-to-date outputs are kept. */
  private Path stamps() {
    return outputDirectory.resolve("cache").resolve("_stamps");
  }

  private Rendering publish(Path siteDir, List<Report> reports, SiteInfo site, ExecutorService pool, RenderPlan plan) {
    Fingerprint siteKey = siteKey(plan);
    if (plan.previewErrors().isPresent()) {
      // The preview shows reports with errors too (their last good pages): always staged afresh.
      return stage(siteDir, reports, site, pool, plan, siteKey);
    }
    // Nothing the site is made from has changed, and the published site is as it was written:
    // there is nothing to do.
    Fingerprint.Builder whole = Fingerprint.builder().add("site", siteKey).add("folder", siteDir.toString());
    for (ReportSource src : plan.sources()) {
      whole.add("report " + src.slug(), plan.tree(src.slug()));
    }
    reports.forEach(r -> whole.add("readable", r.slug()));
    Fingerprint wholeKey = whole.build();
    OutputStamp stamp = new OutputStamp(stamps().resolve("site.json"), List.of(siteDir));
    if (stamp.upToDate(wholeKey)) {
      return new Rendering(List.of(), reports.stream().map(Report::slug).toList());
    }
    stamp.invalidate();
    Rendering done = stage(siteDir, reports, site, pool, plan, siteKey);
    stamp.record(wholeKey);
    return done;
  }

  private Rendering stage(Path siteDir, List<Report> reports, SiteInfo site, ExecutorService pool, RenderPlan plan,
      Fingerprint siteKey) {
    Theme theme = new Theme(themeDirectory);
    PageRenderer pages = new PageRenderer(theme);
    Function<Report, Optional<String>> pdfOf = r -> pdf ? Optional.of(pdfName(r)) : Optional.empty();
    Optional<PdfRenderer> pdfs = pdf
        ? Optional.of(new PdfRenderer(theme, pages, PdfRenderer.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"))))
        : Optional.empty();
    ArtefactCache cache = new ArtefactCache(outputDirectory.resolve("cache"), siteDir);
    cache.removeLeftovers();
    List<String> rendered = new ArrayList<>();
    List<String> reused = new ArrayList<>();
    // Each report's findings entry, made on a worker and used twice: its own findings.json and the site's.
    Map<String, FindingsJson.Written> entries = new java.util.concurrent.ConcurrentHashMap<>();
    try (StagedSite staged = StagedSite.begin(siteDir)) {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (Report r : reports) {
        if (plan.keepLastGood(r.slug())) {
          continue;
        }
        Path folder = plan.folderOf(r.slug());
        futures.add(pool.submit(() -> {
          // Everything written under <slug>/ is one cached set, keyed by all it was made from.
          Fingerprint key = Fingerprint.builder().add("site", siteKey).add("slug", r.slug())
              .add("report", plan.tree(r.slug())).build();
          Path out = staged.root().resolve(r.slug());
          FindingsJson.Written entry = FindingsJson.written(FindingsJson.entry(r, site, pdfOf.apply(r)));
          entries.put(r.slug(), entry);
          if (cache.restore(r.slug(), key, out)) {
            staged.keep(r.slug());
            return false;
          }
          // The PDF comes first so that the page can give its real page count and size.
          Optional<PdfInfo> info = pdfs.map(renderer -> {
            RenderedPdf pdfFile = renderer.render(r, site, folder);
            staged.write(r.slug() + "/" + pdfName(r), pdfFile.bytes());
            return pdfFile.info(pdfName(r));
          });
          staged.write(r.slug() + "/index.html", pages.reportUtf8(r, site, info));
          staged.write(r.slug() + "/findings.json", FindingsJson.reportUtf8(entry));
          ReportFiles.copy(ReportFiles.images(r, folder, pages.bodyImageSources(r)), r.slug(), staged);
          staged.settle(r.slug());
          cache.store(r.slug(), key, out);
          return true;
        }));
      }
      int i = 0;
      for (Report r : reports) {
        if (!plan.keepLastGood(r.slug())) {
          (join(futures.get(i++)) ? rendered : reused).add(r.slug());
        }
      }
      for (ReportSource src : plan.sources()) {
        if (plan.keepLastGood(src.slug())) {
          if (cache.restoreLatest(src.slug(), staged.root().resolve(src.slug()))) {
            staged.keep(src.slug());
          }
        }
      }
      List<Report> ordered = PageRenderer.newestFirst(reports);
      // The site-wide files do not depend on one another: written side by side.
      List<Future<?>> siteFiles = List.of(
          pool.submit(() -> staged.write("index.html", pages.index(ordered, site))),
          pool.submit(() -> staged.write("findings.json", FindingsJson.site(ordered.stream()
              .map(r -> entries.computeIfAbsent(r.slug(),
                  slug -> FindingsJson.written(FindingsJson.entry(r, site, pdfOf.apply(r))))).toList(), site))),
          pool.submit(() -> SearchIndex.write(staged, ordered)),
          pool.submit(() -> {
            copySchema(staged);
            theme.assets().forEach((path, source) -> {
              try {
                staged.copy("assets/" + path, source.open());
              } catch (IOException e) {
                throw new ReviewpressException("Cannot read the theme asset " + path + ": " + e.getMessage(), e);
              }
            });
          }));
      joinAll(siteFiles);
      staged.publish();
      cache.commit();
    }
    return new Rendering(rendered, reused);
  }

  /**
   * Everything besides a report's own folder that can change its rendered artefacts. Add any
   * new build option or project-wide input that affects output here, or unchanged reports will
   * keep stale pages.
   */
  private Fingerprint siteKey(RenderPlan plan) {
    return Fingerprint.builder()
        .add("generator", VERSION)
        .add("code", CodeFingerprint.VALUE)
        .add("default theme", DefaultTheme.VALUE)
        .addTree("project theme", themeDirectory.orElse(projectDirectory.resolve("src/theme")))
        .addFile("site.yaml", sourceDirectory.resolve("site.yaml"))
        .add("site.title", plan.site().title())
        .add("site.partnership", plan.site().partnership())
        .add("site.baseUrl", plan.site().baseUrl().orElse(""))
        .add("levels", new TreeMap<>(plan.levels()))
        .add("pdf", String.valueOf(pdf))
        .add("SOURCE_DATE_EPOCH", String.valueOf(System.getenv("SOURCE_DATE_EPOCH")))
        .addFile("sensitive-terms.sha256", projectDirectory.resolve(".reviewpress/sensitive-terms.sha256"))
        .build();
  }

  /** The slugs of the reports that have errors of their own (preview shows their last good pages). */
  private static Set<String> withErrors(List<ReportSource> sources, List<Diagnostic> diagnostics) {
    Set<Path> files = new HashSet<>();
    diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).forEach(d -> files.add(d.position().file()));
    Set<String> out = new HashSet<>();
    for (ReportSource src : sources) {
      if (files.contains(src.display())) {
        out.add(src.slug());
      }
    }
    return out;
  }

  /** What one publish works from. */
  private record RenderPlan(List<ReportSource> sources, Map<String, Fingerprint> trees, Map<String, String> levels,
      SiteInfo site, Optional<Set<String>> previewErrors) {

    /** The fingerprint of a report's folder, taken when it was read. */
    Fingerprint tree(String slug) {
      return Objects.requireNonNull(trees.get(slug), slug);
    }

    Path folderOf(String slug) {
      return sources.stream().filter(s -> s.slug().equals(slug)).findFirst().orElseThrow().folder();
    }

    /** In preview, reports with errors keep their last good pages instead of being rendered. */
    boolean keepLastGood(String slug) {
      return previewErrors.map(e -> e.contains(slug)).orElse(false);
    }
  }

  /** Which reports a publish rendered and which it copied from the cache. */
  private record Rendering(List<String> rendered, List<String> reused) {}

  /**
   * The default theme's templates and assets, hashed once per class loader: they sit in a jar
   * that cannot change while it is loaded, and the fonts are megabytes. The project's theme
   * files, which shadow them, are hashed on every build.
   */
  private static final class DefaultTheme {
    static final Fingerprint VALUE = defaultTheme();

    /**
     * The jar the default theme ships in, by its table of contents (it holds nothing else), or, in a
     * development build, the theme's folder; hashing each template and asset through a Pebble
     * engine and the jar's file system cost a cold build a quarter of a second.
     */
    private static Fingerprint defaultTheme() {
      java.net.URL marker = Theme.class.getClassLoader().getResource(Theme.DEFAULT_ROOT + "templates/report.peb");
      try {
        if (marker != null && marker.openConnection() instanceof java.net.JarURLConnection jar) {
          return Fingerprint.builder().addJar("theme jar", Path.of(jar.getJarFileURL().toURI())).build();
        }
        if (marker != null && "file".equals(marker.getProtocol())) {
          Path root = Path.of(marker.toURI()).getParent().getParent(); // .../default/templates/report.peb
          return Fingerprint.builder().addTree("theme folder", root).build();
        }
      } catch (IOException | java.net.URISyntaxException | IllegalArgumentException e) {
        // fall through to hashing file by file
      }
      Theme theme = new Theme(Optional.empty());
      return Fingerprint.builder().addSources("templates", theme.templates()).addSources("assets", theme.assets()).build();
    }
  }

  /** Computed once per class loader: hashing the generator's own jar is not free. */
  private static final class CodeFingerprint {
    static final Fingerprint VALUE = Fingerprint.ofCode(Publisher.class);
  }

  private static String pdfName(Report r) {
    return r.slug() + ".pdf";
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

  /**
   * Waits for every task, then rethrows the first failure: none may still be writing into the
   * staging folder when a failure has it deleted.
   */
  private static void joinAll(List<Future<?>> futures) {
    RuntimeException first = null;
    for (Future<?> f : futures) {
      try {
        join(f);
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
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
  /**
   * One report read and checked (or taken from the build cache).
   *
   * @param tree the fingerprint of the report's folder, for the keys of its cached artefacts
   */
  private record Checked(String slug, Fingerprint tree, Optional<Report> report, List<Diagnostic> diagnostics,
      Optional<Scorecard> scorecard, boolean fresh) {}

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
    private Optional<Path> sensitiveTerms = Optional.empty();
    private boolean sensitiveTermsSet;
    private boolean pdf = true;

    private Builder() {}

    /**
     * The plain list of sensitive terms (one a line, kept outside the repository). Default: the
     * file named by the environment variable {@code REVIEWPRESS_SENSITIVE_TERMS}, if set. The
     * project's committed {@code .reviewpress/sensitive-terms.sha256} is read in any case.
     */
    public Builder sensitiveTerms(Path plainList) {
      this.sensitiveTerms = Optional.ofNullable(plainList);
      this.sensitiveTermsSet = plainList != null;
      return this;
    }

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

    /** Whether each report also gets its tagged PDF; off for quick drafts and previews. Default: true. */
    public Builder pdf(boolean pdf) {
      this.pdf = pdf;
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
      if (!sensitiveTermsSet) {
        String env = System.getenv(PrivacySettings.ENVIRONMENT_VARIABLE);
        sensitiveTerms = env == null || env.isBlank() ? Optional.empty() : Optional.of(Path.of(env.strip()));
      }
      sensitiveTerms = sensitiveTerms.map(p -> projectDirectory.resolve(p).toAbsolutePath().normalize());
      return new Publisher(this);
    }
  }
}
