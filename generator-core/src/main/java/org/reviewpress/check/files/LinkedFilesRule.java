package org.reviewpress.check.files;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Link;
import org.reviewpress.model.Severity;

/**
 * Links and images that name files must name files inside the report's own folder: nothing
 * outside the source tree is read or published, and a missing figure is caught before readers
 * see a broken page. Executable URLs ({@code javascript:}, {@code data:}) are refused too.
 */
public final class LinkedFilesRule implements Rule {

  @Override
  public String id() {
    return "structure.linked-file";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "Images and linked files exist inside the report's folder; links use web, mail or in-page addresses.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (Link l : context.report().body().links()) {
      String what = l.kind() == Link.Kind.IMAGE ? "The image" : "The link";
      switch (LocalFiles.classify(l.destination())) {
        case OUTSIDE -> out.add(diagnostic(l.position(), what + " '" + l.destination()
            + "' points outside the report's folder.",
            "Copy the file into the report's folder (for example images/) and refer to it from there."));
        case UNSAFE -> out.add(diagnostic(l.position(), what + " uses an address that would run code or embed data ('"
            + l.destination().substring(0, Math.min(20, l.destination().length())) + "...').",
            "Use a web address starting with https://, or a file in the report's folder."));
        case WEB -> {
          if (l.kind() == Link.Kind.IMAGE) {
            out.add(diagnostic(l.position(), "The image '" + l.destination() + "' is on another website.",
                "Save the image into the report's folder: the published page makes no requests to other sites."));
          }
        }
        case LOCAL -> {
          var file = LocalFiles.resolve(context.folder(), l.destination());
          if (file.isEmpty()) {
            out.add(diagnostic(l.position(), what + " '" + l.destination() + "' leads outside the report's folder.",
                "Copy the file into the report's folder instead of linking to it."));
          } else if (!Files.isRegularFile(file.get())) {
            out.add(diagnostic(l.position(), what + " '" + l.destination() + "' does not exist in the report's folder.",
                "Check the file name and its capitals, and that the file is inside the report's folder."));
          }
        }
        default -> { }
      }
    }
    return out;
  }
}
