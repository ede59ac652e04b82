package org.reviewpress.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.reviewpress.ReviewpressException;
import org.reviewpress.scaffold.NewReport;

/**
 * Starts a new report: {@code mvn reviewpress:new -Dslug=child-x} writes
 * {@code src/reports/child-x/report.md} from a skeleton that builds as it stands. Never
 * overwrites an existing report.
 */
@Mojo(name = "new", requiresProject = true, threadSafe = true)
public final class NewMojo extends AbstractMojo {

  /** The new report's folder name and web address: lower-case letters, digits and '-'. */
  @Parameter(property = "slug")
  private String slug;

  /** The folder with one folder per report. */
  @Parameter(property = "reviewpress.sourceDirectory", defaultValue = "${project.basedir}/src/reports")
  private File sourceDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    NewReport.Outcome outcome;
    try {
      outcome = new NewReport().create(sourceDirectory.toPath(), slug);
    } catch (ReviewpressException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (outcome instanceof NewReport.Outcome.Refused refused) {
      throw new MojoFailureException(refused.message() + " " + refused.hint());
    }
    NewReport.Outcome.Created created = (NewReport.Outcome.Created) outcome;
    getLog().info("New report written to " + created.file());
    getLog().info("Edit it, then preview it with: mvn reviewpress:serve");
  }
}
