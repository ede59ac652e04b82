package org.reviewpress.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Entities;
import org.reviewpress.model.Diagnostic;

/**
 * The panel the preview lays over a page while its report (or the site) has errors: each
 * error's file, line and column, the line of source it points at, the message and the hint.
 * Styled inline so that no theme can hide it, and dismissible to read the page beneath.
 */
final class ErrorOverlay {

  /** The element id, for tests and for the dismiss button. */
  static final String ID = "reviewpress-errors";

  private final Path projectDirectory;

  ErrorOverlay(Path projectDirectory) {
    this.projectDirectory = projectDirectory;
  }

  /**
   * The overlay's HTML.
   *
   * @param errors      the errors to list, in order
   * @param environment a problem that stopped the build altogether (a broken template), if any
   * @param lastGood    whether the page beneath is the report's last good version
   */
  String html(List<Diagnostic> errors, Optional<String> environment, boolean lastGood) {
    StringBuilder b = new StringBuilder(2048);
    b.append("<div id=\"").append(ID).append("\" role=\"alertdialog\" aria-modal=\"false\" aria-labelledby=\"")
        .append(ID).append("-title\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;")
        .append("background:rgba(255,255,255,.97);color:#1a1a1a;font:16px/1.5 system-ui,sans-serif;padding:2rem;")
        .append("border-top:.5rem solid #b00020\">");
    b.append("<h2 id=\"").append(ID).append("-title\" style=\"margin-top:0;color:#b00020\">");
    if (environment.isPresent()) {
      b.append("The preview could not be rebuilt");
    } else {
      b.append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append(" to fix");
    }
    b.append("</h2><p>");
    b.append(lastGood ? "Beneath this panel is the last version that built without errors. "
        : "This report has not yet built without errors, so there is no page to show. ");
    b.append("Save the file after fixing and this page reloads by itself.</p>");
    environment.ifPresent(m -> b.append("<p style=\"white-space:pre-wrap\">").append(escape(m)).append("</p>"));
    if (!errors.isEmpty()) {
      b.append("<ol style=\"padding-left:1.5rem\">");
      Map<Path, List<String>> files = new HashMap<>();
      for (Diagnostic d : errors) {
        b.append("<li style=\"margin-bottom:1rem\"><code style=\"font-weight:bold\">")
            .append(escape(d.position().toString())).append("</code> ")
            .append(escape(d.message())).append(" <code style=\"color:#555\">[")
            .append(escape(d.ruleId())).append("]</code>");
        line(files, d).ifPresent(text -> b.append("<pre style=\"background:#f3f3f3;padding:.5rem;overflow:auto\">")
            .append("<span style=\"color:#777\">").append(d.position().line()).append(" | </span>")
            .append(escape(text)).append("</pre>"));
        if (!d.hint().isEmpty()) {
          b.append("<p style=\"margin:.25rem 0;white-space:pre-wrap\">Hint: ").append(escape(d.hint())).append("</p>");
        }
        b.append("</li>");
      }
      b.append("</ol>");
    }
    b.append("<button type=\"button\" onclick=\"document.getElementById('").append(ID)
        .append("').remove()\" style=\"font:inherit;padding:.25rem 1rem\">Hide this list</button></div>");
    return b.toString();
  }

  /** The source line a diagnostic points at, read from the author's file. */
  private Optional<String> line(Map<Path, List<String>> cache, Diagnostic d) {
    List<String> lines = cache.computeIfAbsent(d.position().file(), f -> {
      Path file = projectDirectory.resolve(f).normalize();
      try {
        return Files.isRegularFile(file) && Files.size(file) < 8L * 1024 * 1024
            ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
      } catch (IOException | java.io.UncheckedIOException e) {
        return List.of(); // An unreadable or non-UTF-8 file already has its own error in the list.
      }
    });
    int i = d.position().line() - 1;
    return i < lines.size() ? Optional.of(lines.get(i)) : Optional.empty();
  }

  private static String escape(String s) {
    return Entities.escape(s);
  }
}
