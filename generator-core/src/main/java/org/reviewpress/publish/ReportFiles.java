package org.reviewpress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.reviewpress.ReviewpressException;
import org.reviewpress.check.files.LocalFiles;
import org.reviewpress.model.Link;
import org.reviewpress.model.Report;

/**
 * The files a report's page shows (its images), copied from the report's folder into the
 * site. Only files inside the report's folder are ever read: anything else was refused by the
 * {@code structure.linked-file} rule, and is refused here again rather than trusted.
 */
public final class ReportFiles {

  private ReportFiles() {}

  /**
   * Relative path in the site (under the report's slug) to the file to copy.
   *
   * @param rawHtmlImages the {@code src} of each image of the sanitised body (see
   *     {@code PageRenderer.bodyImageSources}): images written as raw HTML
   */
  public static Map<String, Path> images(Report report, Path folder, List<String> rawHtmlImages) {
    Map<String, Path> out = new TreeMap<>();
    for (Link l : report.body().links()) {
      if (l.kind() == Link.Kind.IMAGE) {
        add(out, folder, l.destination());
      }
    }
    for (String src : rawHtmlImages) {
      add(out, folder, src);
    }
    return out;
  }

  private static void add(Map<String, Path> out, Path folder, String destination) {
    Optional<Path> file = LocalFiles.resolve(folder, destination).filter(Files::isRegularFile);
    file.ifPresent(f -> out.put(folder.relativize(f).toString().replace('\\', '/'), f));
  }

  /** Copies a report's images into the staged site. */
  public static void copy(Map<String, Path> images, String slug, StagedSite site) {
    images.forEach((rel, file) -> {
      try {
        site.copy(slug + "/" + rel, Files.newInputStream(file));
      } catch (IOException e) {
        throw new ReviewpressException("Cannot read the image " + file + ": " + e.getMessage(), e);
      }
    });
  }
}
