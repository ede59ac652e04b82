package org.reviewpress.check.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
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
      String lower = dest.toLowerCase(Locale.ROOT);
      if (dest.isEmpty() || lower.matches("^[a-z][a-z0-9+.-]*:.*") || dest.startsWith("/") || dest.startsWith("#")) {
        continue; // not a file of this report
      }
      int cut = dest.indexOf('?');
      String path = java.net.URLDecoder.decode(cut >= 0 ? dest.substring(0, cut) : dest, java.nio.charset.StandardCharsets.UTF_8);
      Path file = context.folder().resolve(path).normalize();
      if (!file.startsWith(context.folder().normalize()) || !Files.isRegularFile(file)) {
        continue; // outside the report or missing: reported by the rules about image files
      }
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
