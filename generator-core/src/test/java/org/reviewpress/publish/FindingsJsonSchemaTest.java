package org.reviewpress.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;

/** The published findings.json files validate against the schema shipped in the jar. */
class FindingsJsonSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @TempDir
  static Path out;

  private static BuildResult result;

  @BeforeAll
  static void buildExample() throws Exception {
    try (InputStream in = FindingsJson.class.getResourceAsStream(FindingsJson.SCHEMA_RESOURCE)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    Path example = Path.of("../example-report").toAbsolutePath().normalize();
    Path project = Files.createDirectories(out.resolve("project"));
    copy(example.resolve("src/reports"), project.resolve("src/reports"));
    Files.writeString(project.resolve("src/reports/site.yaml"),
        "title: Northshire reviews\npartnership: Northshire Safeguarding Children Partnership\nbase-url: https://reviews.northshire.example\n");
    result = Publisher.builder().projectDirectory(project).outputDirectory(out.resolve("output")).build().build();
    assertThat(result.failed()).as(result.summary()).isFalse();
  }

  @Test
  void reportFindingsJsonValidatesAndCarriesEvidenceUrlsAndExcerpts() throws Exception {
    JsonNode doc = JSON.readTree(out.resolve("output/site/child-t/findings.json").toFile());
    assertValid(doc);
    assertThat(doc.path("schemaVersion").asText()).isEqualTo(FindingsJson.SCHEMA_VERSION);
    assertThat(doc.path("report").path("url").asText()).isEqualTo("https://reviews.northshire.example/child-t/");
    JsonNode first = doc.path("findings").get(0);
    assertThat(first.path("id").asText()).isEqualTo("F1");
    JsonNode evidence = first.path("evidence").get(0);
    assertThat(evidence.path("url").asText()).startsWith("https://reviews.northshire.example/child-t/#");
    assertThat(evidence.path("excerpt").asText()).isNotBlank().doesNotContain("{#", "**");
    assertThat(doc.path("recommendations")).isNotEmpty();
  }

  @Test
  void siteFindingsJsonValidates() throws Exception {
    JsonNode doc = JSON.readTree(out.resolve("output/site/findings.json").toFile());
    assertValid(doc);
    assertThat(doc.path("reports")).hasSize(1);
    assertThat(doc.path("site").path("baseUrl").asText()).isEqualTo("https://reviews.northshire.example/");
  }

  @Test
  void theSchemaRejectsAFindingWithoutEvidence() throws Exception {
    JsonNode doc = JSON.readTree(out.resolve("output/site/child-t/findings.json").toFile());
    ((com.fasterxml.jackson.databind.node.ArrayNode) doc.path("findings").get(0).path("evidence")).removeAll();
    assertThat(schema.validate(doc)).isNotEmpty();
  }

  private static void assertValid(JsonNode doc) {
    Set<ValidationMessage> errors = schema.validate(doc);
    assertThat(errors).as("schema errors").isEmpty();
  }

  private static void copy(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
