package org.reviewpress.maven;

import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.reviewpress.BuildResult;
import org.reviewpress.ConsoleLine;
import org.reviewpress.Publisher;
import org.reviewpress.ReviewpressException;

/**
 * The parameters every goal shares (all under the {@code reviewpress.} prefix) and the
 * translation of a result into Maven's terms: errors fail the build, broken environments are
 * execution errors.
 */
abstract class AbstractReviewpressMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  protected File baseDirectory;

  /** The folder with one folder per report. */
  @Parameter(property = "reviewpress.sourceDirectory", defaultValue = "${project.basedir}/src/reports")
  protected File sourceDirectory;

  /** Where diagnostics and the site are written. */
  @Parameter(property = "reviewpress.outputDirectory", defaultValue = "${project.build.directory}/reviewpress")
  protected File outputDirectory;

  /** A theme directory that shadows the default theme file by file. */
  @Parameter(property = "reviewpress.themeDirectory", defaultValue = "${project.basedir}/src/theme")
  protected File themeDirectory;

  /** Rule levels that override site.yaml: rule id to error, warning, info or off. */
  @Parameter
  protected Map<String, String> rules = Map.of();

  /** Fail the build on warnings as well as errors. */
  @Parameter(property = "reviewpress.failOnWarning", defaultValue = "false")
  protected boolean failOnWarning;

  /**
   * The plain list of sensitive terms (real names and places, one a line), kept outside the
   * repository. Default: the file named by the environment variable REVIEWPRESS_SENSITIVE_TERMS.
   * Its contents are never printed or written; only the line and column of a match are.
   */
  @Parameter(property = "reviewpress.sensitiveTerms")
  protected File sensitiveTerms;

  /** Render each report's tagged PDF too; false skips it for quick drafts and previews. */
  @Parameter(property = "reviewpress.pdf", defaultValue = "true")
  protected boolean pdf;

  /** Skip reviewpress entirely. */
  @Parameter(property = "reviewpress.skip", defaultValue = "false")
  protected boolean skip;

  /** Runs the goal's operation on a configured publisher. */
  protected abstract BuildResult run(Publisher publisher);

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("reviewpress is skipped (reviewpress.skip=true).");
      return;
    }
    Publisher publisher = publisher();
    BuildResult result;
    try {
      result = run(publisher);
    } catch (ReviewpressException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    log(result);
    org.reviewpress.internal.JvmSettings.hint(result.checked().size()).ifPresent(getLog()::info);
    if (result.failed()) {
      throw new MojoFailureException(result.summary()
          + (failOnWarning ? " Warnings fail this build (reviewpress.failOnWarning=true)." : "")
          + " Fix the problems listed above; each names its file, line and column.");
    }
  }

  /** The facade configured from the shared parameters. */
  protected final Publisher publisher() {
    return Publisher.builder()
        .projectDirectory(baseDirectory.toPath())
        .sourceDirectory(sourceDirectory.toPath())
        .outputDirectory(outputDirectory.toPath())
        .themeDirectory(themeDirectory.isDirectory() ? themeDirectory.toPath() : null)
        .ruleLevels(rules == null ? Map.of() : rules)
        .failOnWarning(failOnWarning)
        .sensitiveTerms(sensitiveTerms == null ? null : sensitiveTerms.toPath())
        .pdf(pdf)
        .build();
  }

  /** Shows the lines the core prepares for a console, each at its level. */
  protected final void log(BuildResult result) {
    for (ConsoleLine line : result.consoleLines(outputDirectory.toPath())) {
      switch (line.level()) {
        case ERROR -> getLog().error(line.text());
        case WARNING -> getLog().warn(line.text());
        case INFO -> getLog().info(line.text());
      }
    }
  }
}
