package org.reviewpress.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A report folder found under the source directory.
 *
 * @param slug    the folder's name
 * @param folder  the folder, absolute
 * @param file    its report.md, absolute
 * @param display the path of report.md as shown to authors (relative to the project)
 */
public record ReportSource(String slug, Path folder, Path file, Path display) {
  public ReportSource {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(display, "display");
  }
}
