package org.reviewpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewpress.check.RuleRegistry;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;
import org.reviewpress.model.SourcePosition;

class DiagnosticsWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Diagnostic> DIAGNOSTICS = List.of(
      new Diagnostic("evidence.unresolved", Severity.ERROR, "Finding F1 cites '#x'.", "Did you mean \"#y\"?",
          new SourcePosition(Path.of("src/reports/child-t/report.md"), 12, 17)),
      new Diagnostic("findings.missing-category", Severity.INFO, "No category.", "Add one.",
          new SourcePosition(Path.of("src/reports/child-t/report.md"), 9, 9)));

  @Test
  void diagnosticsJsonHasTheContractFields() throws Exception {
    JsonNode doc = JSON.readTree(new DiagnosticsWriter("1.0").json(DIAGNOSTICS));
    JsonNode first = doc.get(0);
    assertThat(first.path("rule").asText()).isEqualTo("evidence.unresolved");
    assertThat(first.path("severity").asText()).isEqualTo("error");
    assertThat(first.path("file").asText()).isEqualTo("src/reports/child-t/report.md");
    assertThat(first.path("line").asInt()).isEqualTo(12);
    assertThat(first.path("column").asInt()).isEqualTo(17);
    assertThat(first.path("hint").asText()).contains("Did you mean");
  }

  /** The properties SARIF 2.1.0 requires, and those code-scanning dashboards read. */
  @Test
  void sarifIsAValidVersion210Log() throws Exception {
    JsonNode log = JSON.readTree(new DiagnosticsWriter("1.0").sarif(DIAGNOSTICS, RuleRegistry.builtIn().descriptors()));
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    JsonNode run = log.path("runs").get(0);
    JsonNode driver = run.path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("reviewpress");
    JsonNode rules = driver.path("rules");
    assertThat(rules.size()).isEqualTo(RuleRegistry.builtIn().descriptors().size());
    rules.forEach(r -> {
      assertThat(r.path("id").asText()).matches("[a-z]+\\.[a-z-]+");
      assertThat(r.path("shortDescription").path("text").asText()).isNotBlank();
      assertThat(r.path("defaultConfiguration").path("level").asText()).isIn("error", "warning", "note");
    });
    JsonNode result = run.path("results").get(0);
    assertThat(result.path("ruleId").asText()).isEqualTo("evidence.unresolved");
    assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText()).isEqualTo("evidence.unresolved");
    assertThat(result.path("level").asText()).isEqualTo("error");
    assertThat(result.path("message").path("text").asText()).contains("cites", "Did you mean");
    JsonNode location = result.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("src/reports/child-t/report.md");
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(12);
    assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(17);
    assertThat(run.path("results").get(1).path("level").asText()).isEqualTo("note");
  }
}
