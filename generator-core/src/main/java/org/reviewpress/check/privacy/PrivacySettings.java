package org.reviewpress.check.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the privacy rules need from the build beyond the report and site.yaml.
 *
 * @param terms      the project's sensitive terms (hashed)
 * @param configured whether any list was given; without one the sensitive-term rule says so
 */
public record PrivacySettings(SensitiveTerms terms, boolean configured) {

  /** Where a project keeps its committable hashed list, relative to the project directory. */
  public static final String HASHED_FILE = ".reviewpress/sensitive-terms.sha256";

  /** The environment variable naming the plain list when no path is configured. */
  public static final String ENVIRONMENT_VARIABLE = "REVIEWPRESS_SENSITIVE_TERMS";

  public PrivacySettings {
    Objects.requireNonNull(terms, "terms");
  }

  /** No list given. */
  public static PrivacySettings none() {
    return new PrivacySettings(SensitiveTerms.none(), false);
  }

  /**
   * Loads the plain list (when a path is given) and the project's hashed file (when present).
   *
   * @throws org.reviewpress.ReviewpressException when a given list cannot be read
   */
  public static PrivacySettings load(Optional<Path> plainList, Path projectDirectory) {
    SensitiveTerms terms = SensitiveTerms.none();
    boolean configured = false;
    if (plainList.isPresent()) {
      terms = terms.and(SensitiveTerms.fromPlainList(plainList.get()));
      configured = true;
    }
    Path hashed = projectDirectory.resolve(HASHED_FILE);
    if (Files.isRegularFile(hashed)) {
      terms = terms.and(SensitiveTerms.fromHashedFile(hashed));
      configured = true;
    }
    return new PrivacySettings(terms, configured);
  }
}
