package org.reviewpress.publish.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reviewpress.ReviewpressException;
import org.reviewpress.publish.Json;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.publish.quality.Scorecard.Answer;
import org.reviewpress.publish.quality.Scorecard.Signal;

/**
 * Writes each scorecard as {@code <slug>.json} and an accessible page {@code <slug>.html} into
 * the quality folder (outside the published site: the scorecard is for the review team).
 *
 * <p>Each diagnostic links to its place in the author's file as a relative link from the page,
 * with a {@code #L<line>} fragment, e.g. {@code ../../../src/reports/child-t/report.md#L42} from
 * {@code target/reviewpress/quality/}: it opens
 * the file from a local checkout, and the fragment is the line anchor code-hosting sites use.
 */
public final class QualityWriter {

  /** The scorecard JSON's format version. */
  public static final String SCHEMA_VERSION = "1.0";

  private final Path projectDirectory;

  /** @param projectDirectory the project root, against which diagnostic paths are relative */
  public QualityWriter(Path projectDirectory) {
    this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
  }

  /** Replaces the scorecards in {@code directory} with these. */
  public void write(Path directory, List<Scorecard> scorecards) {
    Path dir = directory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      // A report removed since the last run must not leave its old scorecard behind. The others
      // are overwritten in place: on the development machine that costs a tenth of deleting a
      // file and creating it again.
      java.util.Set<String> current = new java.util.HashSet<>();
      for (Scorecard s : scorecards) {
        current.add(s.slug() + ".json");
        current.add(s.slug() + ".html");
      }
      try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.{json,html}")) {
        for (Path p : old) {
          // Never write through a link someone left here: only plain files are overwritten.
          if (!current.contains(p.getFileName().toString())
              || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(p);
          }
        }
      }
      for (Scorecard s : scorecards) {
        Files.writeString(dir.resolve(s.slug() + ".json"), json(s, dir), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(s.slug() + ".html"), html(s, dir), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new ReviewpressException("Cannot write the quality scorecards into " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The link from a page in {@code dir} to a diagnostic's place in the source. */
  String link(Path dir, Diagnostic d) {
    Path target = projectDirectory.resolve(d.position().file()).normalize();
    String rel;
    try {
      rel = dir.relativize(target).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      rel = target.toUri().toString(); // another drive: no relative path exists
    }
    return rel + "#L" + d.position().line();
  }

  String json(Scorecard s, Path dir) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("slug", s.slug());
    root.put("title", s.title());
    root.put("source", s.source());
    root.put("met", s.met());
    List<Map<String, Object>> questions = new ArrayList<>();
    for (Answer a : s.answers()) {
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("number", a.number());
      q.put("key", a.key());
      q.put("question", a.question());
      q.put("verdict", a.verdict().label());
      Map<String, Object> signals = new LinkedHashMap<>();
      for (Signal sig : a.signals()) {
        signals.put(sig.name(), sig.value() == Math.rint(sig.value()) ? (Object) (long) sig.value() : sig.value());
      }
      q.put("signals", signals);
      q.put("summary", a.signalText());
      q.put("notChecked", a.notChecked());
      List<Map<String, Object>> ds = new ArrayList<>();
      for (Diagnostic d : a.diagnostics()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", d.ruleId());
        m.put("severity", d.severity().label());
        m.put("file", d.position().file().toString().replace('\\', '/'));
        m.put("line", d.position().line());
        m.put("column", d.position().column());
        m.put("message", d.message());
        m.put("hint", d.hint());
        m.put("link", link(dir, d));
        ds.add(m);
      }
      q.put("diagnostics", ds);
      questions.add(q);
    }
    root.put("questions", questions);
    return Json.write(root);
  }

  String html(Scorecard s, Path dir) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(s.lang())).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Quality markers: ").append(esc(s.title())).append("</title>\n")
        .append("<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #767676;padding:.5rem;text-align:left;vertical-align:top}"
            + ".met{color:#00703c;font-weight:bold}.needs-attention{color:#b3261e;font-weight:bold}a{color:#1d4ed8}</style>\n")
        .append("</head>\n<body>\n<main>\n<h1>Quality markers: ").append(esc(s.title())).append("</h1>\n")
        .append("<p>How <code>").append(esc(s.source())).append("</code> answers the seven questions of SCIE's quality"
            + " markers for the report, measured by reviewpress. ").append(s.met()).append(" of 7 are met."
            + " This page is for the review team and is not part of the published site.</p>\n")
        .append("<table>\n<caption>The seven questions at a glance</caption>\n<thead><tr><th scope=\"col\">Question</th>"
            + "<th scope=\"col\">Verdict</th><th scope=\"col\">What was measured</th></tr></thead>\n<tbody>\n");
    for (Answer a : s.answers()) {
      b.append("<tr><th scope=\"row\"><a href=\"#q").append(a.number()).append("\">").append(a.number()).append(". ")
          .append(esc(a.label())).append("</a></th><td class=\"").append(a.verdict().name().toLowerCase().replace('_', '-'))
          .append("\">").append(esc(a.verdict().label())).append("</td><td>").append(esc(a.signalText())).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
    for (Answer a : s.answers()) {
      b.append("<section aria-labelledby=\"q").append(a.number()).append("\">\n<h2 id=\"q").append(a.number()).append("\">")
          .append(a.number()).append(". ").append(esc(a.question())).append("</h2>\n<p>Verdict: <span class=\"")
          .append(a.verdict().name().toLowerCase().replace('_', '-')).append("\">").append(esc(a.verdict().label()))
          .append("</span></p>\n<ul>\n");
      for (Signal sig : a.signals()) {
        b.append("<li>").append(esc(sig.text())).append("</li>\n");
      }
      if (!a.notChecked().isEmpty()) {
        b.append("<li>Not checked, switched off: ").append(esc(String.join(", ", a.notChecked()))).append("</li>\n");
      }
      b.append("</ul>\n");
      if (a.diagnostics().isEmpty()) {
        b.append("<p>No problems found for this question.</p>\n");
      } else {
        b.append("<h3>Where to look</h3>\n<ul>\n");
        for (Diagnostic d : a.diagnostics()) {
          b.append("<li><a href=\"").append(esc(link(dir, d))).append("\">line ").append(d.position().line())
              .append(", column ").append(d.position().column()).append("</a> (").append(esc(d.severity().label()))
              .append(", ").append(esc(d.ruleId())).append("): ").append(esc(d.message()));
          if (!d.hint().isEmpty()) {
            b.append(" <em>").append(esc(d.hint())).append("</em>");
          }
          b.append("</li>\n");
        }
        b.append("</ul>\n");
      }
      b.append("</section>\n");
    }
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private static String esc(String s) {
    return org.reviewpress.internal.HtmlText.escape(s);
  }
}
