package org.reviewpress.check;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.reviewpress.check.privacy.PrivacySettings;
import org.reviewpress.model.Report;
import org.reviewpress.source.SiteConfig;

/**
 * What a rule may look at: the report and the project's settings, plus the text models that
 * several rules derive from the report (the prose with its markup blanked, the privacy scan
 * text), built once per report and shared, instead of once per rule.
 *
 * <p>Not a record: besides its four values it holds that per-report memo. A context is made
 * for one report and dropped after its rules have run.
 */
public final class CheckContext {

  private final Report report;
  private final SiteConfig site;
  private final Path folder;
  private final PrivacySettings privacy;
  private final Map<Class<?>, Object> shared = new HashMap<>();

  /**
   * @param report  the report being checked
   * @param site    the project's site.yaml settings
   * @param folder  the report's folder on disk (absolute), for rules about its files
   * @param privacy what the privacy rules need beyond the report: the project's sensitive terms
   */
  public CheckContext(Report report, SiteConfig site, Path folder, PrivacySettings privacy) {
    this.report = Objects.requireNonNull(report, "report");
    this.site = Objects.requireNonNull(site, "site");
    this.folder = Objects.requireNonNull(folder, "folder");
    this.privacy = Objects.requireNonNull(privacy, "privacy");
  }

  /** A context without privacy settings (no sensitive-terms list). */
  public CheckContext(Report report, SiteConfig site, Path folder) {
    this(report, site, folder, PrivacySettings.none());
  }

  /** The report being checked. */
  public Report report() {
    return report;
  }

  /** The project's site.yaml settings. */
  public SiteConfig site() {
    return site;
  }

  /** The report's folder on disk (absolute). */
  public Path folder() {
    return folder;
  }

  /** The project's sensitive terms, for the privacy rules. */
  public PrivacySettings privacy() {
    return privacy;
  }

  /**
   * The model of type {@code type} derived from this context's report, computed by
   * {@code compute} on first use and shared by every later caller. {@code compute} must depend
   * on the report alone and return an immutable value.
   */
  public synchronized <T> T shared(Class<T> type, Function<Report, T> compute) {
    Object value = shared.get(type);
    if (value == null) {
      value = Objects.requireNonNull(compute.apply(report), "compute");
      shared.put(type, value);
    }
    return type.cast(value);
  }

  @Override
  public String toString() {
    return "CheckContext[" + report.slug() + "]";
  }
}
