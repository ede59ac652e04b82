package org.reviewpress.sitetests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The W3C Nu HTML Checker (vnu.jar from the pinned npm package, run on this JVM) on every page
 * of the example site and on its style sheets: zero errors. Warnings are printed, not failed.
 */
class NuHtmlCheckerTest {

  @Test
  void everyPageAndStyleSheetOfTheExampleSiteHasNoErrors() throws Exception {
    Path site = SiteEnvironment.exampleSite();
    Path jar = SiteEnvironment.vnuJar();
    List<Path> files = new ArrayList<>(SiteEnvironment.pages(site));
    try (var css = Files.walk(site.resolve("assets"))) {
      css.filter(p -> p.toString().endsWith(".css")).sorted().forEach(files::add);
    }

    Map<String, List<String>> byFile = check(jar, files);

    System.out.println();
    System.out.println("Nu HTML Checker (" + jar.getFileName() + ") on " + files.size() + " files:");
    List<String> errors = new ArrayList<>();
    for (Path f : files) {
      String name = site.relativize(f).toString();
      List<String> messages = byFile.getOrDefault(f.toAbsolutePath().normalize().toString(), List.of());
      long errorCount = messages.stream().filter(m -> m.startsWith("error")).count();
      System.out.printf("  %-28s %d errors, %d warnings%n", name, errorCount, messages.size() - errorCount);
      messages.forEach(m -> System.out.println("      " + m));
      messages.stream().filter(m -> m.startsWith("error")).forEach(m -> errors.add(name + ": " + m));
    }
    System.out.println("  (The checker treats file: pages as having no origin, so it warns that the CSP's 'self'"
        + " blocks local styles and scripts; Chromium loads them, which AccessibilityTest and SearchTest confirm.)");
    System.out.println();
    assertThat(errors).as("Nu HTML Checker errors").isEmpty();
    List<String> checked = files.stream().map(f -> f.toAbsolutePath().normalize().toString()).toList();
    assertThat(checked).as("files the checker reported on").containsAll(byFile.keySet());
  }

  /** Runs vnu.jar once on all files; returns its messages ("type: line:col: text") by file path. */
  static Map<String, List<String>> check(Path jar, List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xss2m", "-jar", jar.toString(), "--format", "json", "--also-check-css", "--exit-zero-always"));
    files.forEach(f -> command.add(f.toString()));
    Path out = Files.createTempFile("vnu-", ".json");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(false)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(out.toFile())
          .start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("vnu.jar finished within two minutes").isTrue();
      String json = Files.readString(out, StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as("vnu.jar exit status; its output:%n%s", json).isZero();
      JsonNode root = new ObjectMapper().readTree(json);
      assertThat(root.has("messages")).as("vnu.jar JSON output:%n%s", json).isTrue();
      Map<String, List<String>> byFile = new LinkedHashMap<>();
      for (JsonNode m : root.get("messages")) {
        String type = m.path("type").asText();
        String subType = m.path("subType").asText("");
        String kind = type.equals("error") || subType.equals("fatal") ? "error"
            : type.equals("info") && subType.equals("warning") ? "warning" : type;
        String where = m.path("lastLine").asText("?") + ":" + m.path("firstColumn").asText("?");
        String file = m.has("url") ? Path.of(java.net.URI.create(m.get("url").asText())).normalize().toString() : "(none)";
        byFile.computeIfAbsent(file, k -> new ArrayList<>())
            .add(kind + ": " + where + ": " + m.path("message").asText());
      }
      return byFile;
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
