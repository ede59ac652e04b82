package org.reviewpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The CI recipes in docs/ci are valid YAML and do what docs/authoring.md promises: check,
 * keep the SARIF diagnostics, take the plain term list only from a CI secret, and publish.
 */
class CiRecipesTest {

  static final Path CI = Path.of("../docs/ci").toAbsolutePath().normalize();

  @Test
  @SuppressWarnings("unchecked")
  void githubWorkflowChecksUploadsSarifKeepsTermsSecretAndPublishesToPages() throws IOException {
    String text = Files.readString(CI.resolve("github-actions.yml"), StandardCharsets.UTF_8);
    Map<String, Object> workflow = load(text);
    assertThat(workflow).containsKeys("on", "jobs");
    Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
    Map<String, Object> build = (Map<String, Object>) jobs.get("check-and-build");
    assertThat((Map<String, Object>) build.get("permissions")).containsEntry("security-events", "write");
    List<Map<String, Object>> steps = (List<Map<String, Object>>) build.get("steps");

    int check = indexOf(steps, s -> String.valueOf(s.get("run")).contains("reviewpress:check"));
    int sarif = indexOf(steps, s -> String.valueOf(s.get("uses")).startsWith("github/codeql-action/upload-sarif@"));
    int site = indexOf(steps, s -> String.valueOf(s.get("run")).contains("reviewpress:build"));
    int terms = indexOf(steps, s -> String.valueOf(s.get("env")).contains("secrets.REVIEWPRESS_SENSITIVE_TERMS"));
    assertThat(terms).as("terms are written before anything is checked").isLessThan(check);
    assertThat(check).isLessThan(sarif);
    assertThat(sarif).isLessThan(site);

    Map<String, Object> upload = steps.get(sarif);
    assertThat(String.valueOf(upload.get("if"))).as("uploaded even when the check fails").contains("always()");
    assertThat((Map<String, Object>) upload.get("with")).containsEntry("sarif_file", "target/reviewpress/diagnostics.sarif");

    String writeTerms = String.valueOf(steps.get(terms).get("run"));
    assertThat(writeTerms).contains("umask 077").contains("REVIEWPRESS_SENSITIVE_TERMS=").contains("$GITHUB_ENV");
    for (Map<String, Object> step : steps) {
      assertThat(String.valueOf(step.get("run"))).as("secrets never expanded into a script").doesNotContain("secrets.");
    }
    assertThat(steps).anySatisfy(s -> {
      assertThat(String.valueOf(s.get("run"))).contains("rm -f");
      assertThat(String.valueOf(s.get("if"))).contains("always()");
    });
    assertThat(steps).anySatisfy(s -> {
      assertThat(String.valueOf(s.get("uses"))).startsWith("actions/upload-pages-artifact@");
      assertThat((Map<String, Object>) s.get("with")).containsEntry("path", "target/reviewpress/site");
    });

    Map<String, Object> publish = (Map<String, Object>) jobs.get("publish");
    assertThat(publish.get("needs")).isEqualTo("check-and-build");
    assertThat((Map<String, Object>) publish.get("permissions")).containsEntry("pages", "write");
    assertThat((List<Map<String, Object>>) publish.get("steps"))
        .anySatisfy(s -> assertThat(String.valueOf(s.get("uses"))).startsWith("actions/deploy-pages@"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void gitlabPipelineChecksKeepsSarifTakesTermsFromAFileVariableAndPublishesPages() throws IOException {
    String text = Files.readString(CI.resolve("gitlab-ci.yml"), StandardCharsets.UTF_8);
    Map<String, Object> pipeline = load(text);
    assertThat((Map<String, Object>) pipeline.get("variables"))
        .as("the term list is a File variable in the project settings, never in this file")
        .doesNotContainKey("REVIEWPRESS_SENSITIVE_TERMS");

    Map<String, Object> check = (Map<String, Object>) pipeline.get("reviewpress-check");
    assertThat(String.join("\n", (List<String>) check.get("script"))).contains("reviewpress:check")
        .contains("REVIEWPRESS_SENSITIVE_TERMS");
    Map<String, Object> artifacts = (Map<String, Object>) check.get("artifacts");
    assertThat(artifacts).containsEntry("when", "always");
    assertThat((List<String>) artifacts.get("paths")).contains("target/reviewpress/diagnostics.sarif");

    Map<String, Object> pages = (Map<String, Object>) pipeline.get("pages");
    assertThat(String.join("\n", (List<String>) pages.get("script"))).contains("reviewpress:build")
        .contains("target/reviewpress/site public");
    assertThat((List<String>) ((Map<String, Object>) pages.get("artifacts")).get("paths")).containsExactly("public");
    assertThat(String.valueOf(pages.get("rules"))).contains("$CI_DEFAULT_BRANCH");
    assertThat((List<String>) pipeline.get("stages")).containsExactly("check", "publish");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load(String text) {
    Object doc = new Load(LoadSettings.builder().setLabel("ci recipe").build()).loadFromString(text);
    assertThat(doc).isInstanceOf(Map.class);
    return (Map<String, Object>) doc;
  }

  private static int indexOf(List<Map<String, Object>> steps, java.util.function.Predicate<Map<String, Object>> p) {
    for (int i = 0; i < steps.size(); i++) {
      if (p.test(steps.get(i))) {
        return i;
      }
    }
    throw new AssertionError("no such step in " + steps);
  }
}
