package org.reviewpress.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reviewpress.ReviewpressException;
import org.reviewpress.check.RuleDescriptor;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Writes the diagnostics of a build as {@code diagnostics.json} (for scripts) and as SARIF
 * 2.1.0 {@code diagnostics.sarif} (for code-scanning dashboards). File paths are relative to
 * the project, so the output carries no user's home folder.
 */
public final class DiagnosticsWriter {

  /** The diagnostics as JSON, in the output directory. */
  public static final String JSON_FILE = "diagnostics.json";
  /** The diagnostics as SARIF 2.1.0, in the output directory. */
  public static final String SARIF_FILE = "diagnostics.sarif";

  private final String version;

  public DiagnosticsWriter(String version) {
    this.version = version;
  }

  /** Writes both files into {@code directory}. */
  public void write(Path directory, List<Diagnostic> diagnostics, List<RuleDescriptor> rules) {
    try {
      Files.createDirectories(directory);
      Files.writeString(directory.resolve(JSON_FILE), json(diagnostics), StandardCharsets.UTF_8);
      Files.writeString(directory.resolve(SARIF_FILE), sarif(diagnostics, rules), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot write the diagnostics into " + directory + ": " + e.getMessage(), e);
    }
  }

  /** The contract's diagnostics.json: [{rule, severity, file, line, column, message, hint}]. */
  public String json(List<Diagnostic> diagnostics) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", d.ruleId());
      m.put("severity", d.severity().label());
      m.put("file", uri(d.position().file()));
      m.put("line", d.position().line());
      m.put("column", d.position().column());
      m.put("message", d.message());
      m.put("hint", d.hint());
      out.add(m);
    }
    return Json.write(out);
  }

  /** The same diagnostics as a SARIF 2.1.0 log with one run. */
  public String sarif(List<Diagnostic> diagnostics, List<RuleDescriptor> rules) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<Map<String, Object>> ruleList = new ArrayList<>();
    for (RuleDescriptor r : rules) {
      index.put(r.id(), ruleList.size());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("shortDescription", Map.of("text", r.description()));
      m.put("defaultConfiguration", Map.of("level", level(r.defaultSeverity())));
      ruleList.add(m);
    }
    List<Map<String, Object>> results = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ruleId", d.ruleId());
      if (index.containsKey(d.ruleId())) {
        m.put("ruleIndex", index.get(d.ruleId()));
      }
      m.put("level", level(d.severity()));
      m.put("message", Map.of("text", d.hint().isEmpty() ? d.message() : d.message() + " " + d.hint()));
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", d.position().line());
      region.put("startColumn", d.position().column());
      Map<String, Object> physical = new LinkedHashMap<>();
      // Insertion order, not Map.of's per-JVM order: two builds of the same sources give the same bytes.
      Map<String, Object> location = new LinkedHashMap<>();
      location.put("uri", uri(d.position().file()));
      location.put("uriBaseId", "%SRCROOT%");
      physical.put("artifactLocation", location);
      physical.put("region", region);
      m.put("locations", List.of(Map.of("physicalLocation", physical)));
      results.add(m);
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "reviewpress");
    driver.put("version", version);
    driver.put("informationUri", "https://github.com/reviewpress/reviewpress");
    driver.put("rules", ruleList);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("columnKind", "utf16CodeUnits");
    run.put("results", results);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return Json.write(log);
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String uri(Path file) {
    return file.toString().replace('\\', '/');
  }
}
