package org.reviewpress.check;

import java.nio.file.Path;
import java.util.Objects;
import org.reviewpress.model.Report;
import org.reviewpress.source.SiteConfig;

/**
 * What a rule may look at: the report and the project's settings.
 *
 * @param report the report being checked
 * @param site   the project's site.yaml settings
 * @param folder the report's folder on disk (absolute), for rules about its files
 */
public record CheckContext(Report report, SiteConfig site, Path folder) {
  public CheckContext {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(folder, "folder");
  }
}
