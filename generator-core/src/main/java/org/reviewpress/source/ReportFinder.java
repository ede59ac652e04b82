package org.reviewpress.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.reviewpress.ReviewpressException;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;
import org.reviewpress.model.SourcePosition;

/**
 * Finds the reports under a source directory: every folder is one report, its name the slug.
 * Folders whose names start with '.' or '_' are ignored, so authors can keep drafts and shared
 * material beside the reports.
 */
public final class ReportFinder {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** The report folders found, and problems with the folders themselves. */
  public record Found(List<ReportSource> reports, List<Diagnostic> diagnostics) {
    public Found {
      reports = List.copyOf(reports);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * @param sourceDirectory the directory holding one folder per report
   * @param projectDirectory the directory paths are shown relative to
   */
  public Found find(Path sourceDirectory, Path projectDirectory) {
    if (!Files.isDirectory(sourceDirectory)) {
      throw new ReviewpressException("The source directory " + sourceDirectory + " does not exist."
          + " Create it with one folder per report (for example src/reports/child-t/report.md),"
          + " or set reviewpress.sourceDirectory.");
    }
    List<Path> folders = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(sourceDirectory)) {
      for (Path p : dir) {
        String name = p.getFileName().toString();
        if (Files.isDirectory(p) && !name.startsWith(".") && !name.startsWith("_")) {
          folders.add(p);
        }
      }
    } catch (IOException e) {
      throw new ReviewpressException("Cannot list the source directory " + sourceDirectory + ": " + e.getMessage(), e);
    }
    folders.sort(null);
    List<ReportSource> reports = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    Path realRoot = realPath(sourceDirectory);
    for (Path folder : folders) {
      String slug = folder.getFileName().toString();
      Path file = folder.resolve("report.md");
      Path display = display(projectDirectory, file);
      SourcePosition at = SourcePosition.startOf(display);
      if (!realPath(folder).startsWith(realRoot)) {
        diagnostics.add(new Diagnostic("source.outside", Severity.ERROR,
            "The report folder '" + slug + "' is a link to a place outside the source directory.",
            "Copy the report into " + display(projectDirectory, sourceDirectory) + " instead of linking to it.", at));
        continue;
      }
      if (Files.exists(file) && !realPath(file).startsWith(realRoot)) {
        diagnostics.add(new Diagnostic("source.outside", Severity.ERROR,
            "report.md in '" + slug + "' is a link to a file outside the source directory; it was not read.",
            "Copy the report's text into " + display + " instead of linking to it.", at));
        continue;
      }
      if (!SLUG.matcher(slug).matches()) {
        diagnostics.add(new Diagnostic("source.slug", Severity.ERROR,
            "The folder name '" + slug + "' cannot be used in the report's web address.",
            "Rename the folder using lower-case letters, digits and '-' only, for example '"
                + MarkdownReader.slug(slug) + "'.", at));
        continue;
      }
      String previous = seen.putIfAbsent(slug.toLowerCase(Locale.ROOT), slug);
      if (previous != null) {
        diagnostics.add(new Diagnostic("source.duplicate-slug", Severity.ERROR,
            "Two report folders have the same name '" + slug + "'.",
            "Rename one of the folders; each report needs its own web address.", at));
        continue;
      }
      reports.add(new ReportSource(slug, folder, file, display));
    }
    return new Found(reports, diagnostics);
  }

  /** The path shown to authors: relative to the project when inside it. */
  public static Path display(Path projectDirectory, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path project = projectDirectory.toAbsolutePath().normalize();
    return abs.startsWith(project) ? project.relativize(abs) : abs;
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
