package org.reviewpress.maven;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.reviewpress.ReviewpressException;
import org.reviewpress.check.privacy.PrivacySettings;
import org.reviewpress.check.privacy.SensitiveTerms;

/**
 * Writes the committable hashed list {@code .reviewpress/sensitive-terms.sha256} from the plain
 * list of sensitive terms, so builds without the plain list (CI, colleagues) still check for
 * them. The plain list is read, hashed with a salt and never printed.
 */
@Mojo(name = "hash-terms", requiresProject = true, threadSafe = true)
public final class HashTermsMojo extends AbstractMojo {

  /** The plain list. Default: the file named by REVIEWPRESS_SENSITIVE_TERMS. */
  @Parameter(property = "reviewpress.sensitiveTerms")
  private File sensitiveTerms;

  /** Where the hashed list is written. */
  @Parameter(property = "reviewpress.hashedTerms", defaultValue = "${project.basedir}/" + PrivacySettings.HASHED_FILE)
  private File hashedTerms;

  @Override
  public void execute() throws MojoExecutionException {
    File plain = sensitiveTerms;
    if (plain == null) {
      String env = System.getenv(PrivacySettings.ENVIRONMENT_VARIABLE);
      plain = env == null || env.isBlank() ? null : new File(env.strip());
    }
    if (plain == null) {
      throw new MojoExecutionException("No plain list of sensitive terms was given. Run"
          + " 'mvn reviewpress:hash-terms -Dreviewpress.sensitiveTerms=PATH' with the list kept outside the"
          + " repository, or set " + PrivacySettings.ENVIRONMENT_VARIABLE + ".");
    }
    try {
      int n = SensitiveTerms.writeHashedFile(plain.toPath(), hashedTerms.toPath());
      getLog().info("Wrote " + n + " hashed term" + (n == 1 ? "" : "s") + " to " + hashedTerms
          + ". Commit it; keep the plain list out of the repository.");
    } catch (ReviewpressException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }
}
