package org.reviewpress.check;

import java.nio.file.Path;
import java.util.Objects;
import org.reviewpress.check.privacy.PrivacySettings;
import org.reviewpress.model.Report;
import org.reviewpress.source.SiteConfig;

/**
 * What a rule may look at: the report and the project's settings.
 *
 * @param report the report being checked
 * @param site   the project's site.yaml settings
 * @param folder the report's folder on disk (absolute), for rules about its files
 * @param privacy what the privacy rules need beyond the report: the project's sensitive terms
 */
public record CheckContext(Report report, SiteConfig site, Path folder, PrivacySettings privacy) {
  public CheckContext {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(privacy, "privacy");
  }

  /** A context without privacy settings (no sensitive-terms list). */
  public CheckContext(Report report, SiteConfig site, Path folder) {
    this(report, site, folder, PrivacySettings.none());
  }
}
