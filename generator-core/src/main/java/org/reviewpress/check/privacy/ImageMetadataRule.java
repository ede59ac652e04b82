package org.reviewpress.check.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.check.files.LocalFiles;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Link;
import org.reviewpress.model.Severity;

/**
 * Images whose files carry identifying metadata (EXIF GPS position, camera owner, dates,
 * authors; XMP; IPTC; comments). reviewpress refuses them rather than stripping a copy: the
 * original with its metadata sits in the project's version control either way, and only the
 * author can remove it from there. The hint says how.
 */
public final class ImageMetadataRule implements Rule {

  /** Larger files are not read whole; real figures are far smaller. */
  private static final long MAX_BYTES = 64L * 1024 * 1024;

  @Override
  public String id() {
    return "privacy.image-metadata";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "Images carry no metadata that could identify people or places (GPS, owner, dates, authors).";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (Link link : context.report().body().links()) {
      if (link.kind() != Link.Kind.IMAGE) {
        continue;
      }
      String dest = link.destination().strip();
      // Only files inside the report's folder; outside, missing or malformed paths are reported
      // by structure.linked-file, which shares this resolution.
      java.util.Optional<Path> resolved = LocalFiles.resolve(context.folder(), dest).filter(Files::isRegularFile);
      if (resolved.isEmpty()) {
        continue;
      }
      Path file = resolved.get();
      String path = context.folder().relativize(file).toString();
      Set<String> found;
      try {
        if (Files.size(file) > MAX_BYTES) {
          continue;
        }
        found = ImageMetadata.find(Files.readAllBytes(file));
      } catch (IOException e) {
        out.add(new Diagnostic(id(), Severity.ERROR, "The image '" + dest + "' could not be read to check its metadata.",
            "Check that the file can be read (" + e.getClass().getSimpleName() + ").", link.position()));
        continue;
      }
      if (!found.isEmpty()) {
        out.add(diagnostic(link.position(),
            "The image '" + dest + "' carries metadata that can identify people or places: " + String.join(", ", found) + ".",
            "Remove the metadata from the file in the project, then commit it: for example 'exiftool -all= " + path
                + "' or 'mogrify -strip " + path + "', or export the figure again with metadata switched off."));
      }
    }
    return out;
  }
}
