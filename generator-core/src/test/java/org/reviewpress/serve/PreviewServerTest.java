package org.reviewpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.TestProjects;

/**
 * The preview as an author uses it: open a report page, edit its source, see the page change.
 * Waits poll with a generous timeout; they assert that things happen, not how fast.
 */
class PreviewServerTest {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @TempDir
  Path project;

  final List<BuildResult> builds = new CopyOnWriteArrayList<>();
  final List<String> failures = new CopyOnWriteArrayList<>();
  final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  PreviewServer server;

  @BeforeEach
  void start() throws IOException {
    TestProjects.copyTree(TestProjects.TWO_REPORTS, project.resolve("src/reports"));
    server = PreviewServer.start(Publisher.builder().projectDirectory(project).build(),
        new PreviewServer.Options(0, Duration.ofMillis(100)), new PreviewServer.Listener() {
          @Override
          public void built(BuildResult result) {
            builds.add(result);
          }

          @Override
          public void failed(String message) {
            failures.add(message);
          }
        });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void servesOnLoopbackAndInjectsTheReloadScriptOnlyIntoServedPages() throws Exception {
    assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.url().getPort()).isPositive();
    HttpResponse<String> index = get("/");
    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.body()).contains("Adult B").contains(ReloadEvents.PATH);
    HttpResponse<String> page = get("/child-t/");
    assertThat(page.body()).contains("id=\"referrals\"").contains(ReloadEvents.PATH);
    assertThat(page.body()).doesNotContain(ErrorOverlay.ID);
    assertThat(Files.readString(project.resolve("target/reviewpress/preview/child-t/index.html")))
        .doesNotContain(ReloadEvents.PATH);
    assertThat(get("/assets/css/site.css").headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
    assertThat(get("/child-t").statusCode()).as("redirect to the folder address").isEqualTo(302);
    assertThat(get("/no-such-report/").statusCode()).isEqualTo(404);
    assertThat(get("/%2e%2e/%2e%2e/pom.xml").statusCode()).isEqualTo(404);
    assertThat(builds).hasSize(1);
    assertThat(builds.get(0).rendered()).containsExactlyInAnyOrder("adult-b", "child-t");
  }

  @Test
  void anEditedReportIsRebuiltAndOpenPagesAreToldToReload() throws Exception {
    assertThat(get("/child-t/").body()).doesNotContain("A sentence written during the preview.");
    List<String> events = listen();

    edit("child-t/report.md", "## Referrals {#referrals}", "## Referrals {#referrals}\n\nA sentence written during the preview.\n");

    String page = waitFor("/child-t/", body -> body.contains("A sentence written during the preview."));
    assertThat(page).doesNotContain(ErrorOverlay.ID);
    waitUntil(() -> events.stream().anyMatch(l -> l.equals("event: reload")), "a reload event");
    BuildResult last = builds.get(builds.size() - 1);
    assertThat(last.rendered()).as("only the edited report is rendered again").containsExactly("child-t");
    assertThat(last.reused()).containsExactly("adult-b");
  }

  @Test
  void aReportWithErrorsShowsThemWithLineNumbersOverItsLastGoodPage() throws Exception {
    edit("child-t/report.md", "## Referrals {#referrals}", "## Referrals {#referals}");

    String page = waitFor("/child-t/", body -> body.contains(ErrorOverlay.ID));
    assertThat(page).contains("src/reports/child-t/report.md:13:16")
        .contains("#referrals")
        .contains("evidence.unresolved")
        .contains("last version that built without errors")
        .contains("id=\"referrals\"");
    assertThat(get("/adult-b/").body()).as("other reports are not covered").doesNotContain(ErrorOverlay.ID);
    assertThat(builds.get(builds.size() - 1).failed()).isTrue();

    edit("child-t/report.md", "## Referrals {#referals}", "## Referrals {#referrals}");
    waitFor("/child-t/", body -> !body.contains(ErrorOverlay.ID));
  }

  @Test
  void aNewReportWithErrorsAndNoGoodVersionGetsAnErrorPage() throws Exception {
    Files.createDirectories(project.resolve("src/reports/child-x"));
    Files.writeString(project.resolve("src/reports/child-x/report.md"), "---\ntitle: Child X\n---\n\nNo front matter to speak of.\n");

    String page = waitFor("/child-x/", body -> body.contains(ErrorOverlay.ID));
    assertThat(page).contains("src/reports/child-x/report.md").contains("no page to show");
  }

  @Test
  void closingStopsServing() throws Exception {
    List<String> events = listen();
    waitUntil(() -> events.contains(": connected"), "the event stream to open");
    server.close();
    server.awaitClose();
    try {
      HttpResponse<String> r = get("/");
      throw new AssertionError("still serving after close: " + r.statusCode());
    } catch (IOException expected) {
      // Connection refused: the port is closed.
    }
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(server.url().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Opens the event stream in the background and collects its lines. */
  private List<String> listen() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    HttpResponse<java.io.InputStream> r = client.send(HttpRequest.newBuilder(server.url().resolve(ReloadEvents.PATH)).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    Thread t = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (IOException closed) {
        // The server stopped.
      }
    });
    t.setDaemon(true);
    t.start();
    waitUntil(() -> lines.contains(": connected"), "the event stream to open");
    return lines;
  }

  private String waitFor(String path, Predicate<String> condition) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> r = get(path);
      body = r.body();
      if (r.statusCode() == 200 && condition.test(body)) {
        return body;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Within " + PATIENCE + ", " + path + " never showed what was expected. Failures: "
        + failures + ". Last body:\n" + body);
  }

  private void waitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Within " + PATIENCE + ", never saw " + what);
      }
      Thread.sleep(50);
    }
  }

  private void edit(String file, String from, String to) throws IOException {
    Path p = project.resolve("src/reports").resolve(file);
    String text = Files.readString(p, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
  }
}
