package org.reviewpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;

/** The search index published with the example site, in its JSON and its file:// script form. */
class SearchIndexTest {

  static final Path EXAMPLE = Path.of("../example-report").toAbsolutePath().normalize();

  @TempDir
  Path out;

  @Test
  void theExampleSitePublishesBothFormsWithTheSameEntries() throws Exception {
    BuildResult result = Publisher.builder().projectDirectory(EXAMPLE).outputDirectory(out).build().build();
    Path site = result.site().orElseThrow();
    ObjectMapper mapper = new ObjectMapper();

    JsonNode json = mapper.readTree(Files.readString(site.resolve("search-index.json")));
    String script = Files.readString(site.resolve("search-index.js"));
    String prefix = "window.reviewpressSearchIndex = ";
    assertThat(script).contains(prefix).endsWith(";\n");
    String assigned = script.substring(script.indexOf(prefix) + prefix.length(), script.lastIndexOf(';'));
    assertThat(mapper.readTree(assigned.replace("<\\/", "</"))).isEqualTo(json);

    JsonNode childT = json.get("reports").get(0);
    assertThat(childT.get("slug").asText()).isEqualTo("child-t");
    assertThat(childT.get("href").asText()).isEqualTo("child-t/index.html");
    assertThat(childT.get("reviewType").asText()).isEqualTo("CSPR");
    assertThat(childT.get("year").asText()).isEqualTo("2026");
    assertThat(childT.get("keywords").toString()).contains("criminal exploitation");
    assertThat(childT.get("findings").get(0).asText()).startsWith("Moves between schools and teams");
    assertThat(childT.get("headings").toString()).contains("Introduction");
    assertThat(childT.get("summary").asText()).doesNotContain("\n");
  }

  @Test
  void theScriptFormCannotCloseAnInlineScriptElement() {
    assertThat(SearchIndex.script("{\"t\" : \"a </script> b\"}\n"))
        .doesNotContain("</script>")
        .contains("a <\\/script> b");
  }
}
