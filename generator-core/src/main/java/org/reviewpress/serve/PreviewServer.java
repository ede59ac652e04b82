package org.reviewpress.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.reviewpress.BuildResult;
import org.reviewpress.Publisher;
import org.reviewpress.ReviewpressException;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * A live preview of the site: builds it, serves it on 127.0.0.1 only, rebuilds when sources or
 * theme change, and makes open pages reload. While a report has errors, its page shows them in
 * an overlay on top of its last good version.
 *
 * <pre>{@code
 * try (PreviewServer server = PreviewServer.start(publisher, PreviewServer.Options.defaults(), listener)) {
 *   System.out.println("Preview at " + server.url());
 *   server.awaitClose();
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {

  /** The script every served HTML page gets: reload when the site has been rebuilt. */
  static final String RELOAD_SCRIPT = "<script data-reviewpress-preview>(function(){"
      + "var s=new EventSource('" + ReloadEvents.PATH + "');"
      + "s.addEventListener('reload',function(){location.reload();});})();</script>";

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
      Map.entry("pdf", "application/pdf"), Map.entry("ttf", "font/ttf"), Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=utf-8"));

  /**
   * How to serve.
   *
   * @param port  the port on 127.0.0.1; 0 picks a free one
   * @param quiet how long sources must be still after a change before rebuilding
   */
  public record Options(int port, Duration quiet) {
    public Options {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("A port is between 0 and 65535: " + port);
      }
    }

    public static Options defaults() {
      return new Options(0, Duration.ofMillis(200));
    }
  }

  /** Told about every build the preview runs, to print diagnostics on the console. */
  public interface Listener {
    /** A build finished; {@code result} has its diagnostics and what it rendered. */
    void built(BuildResult result);

    /** A build could not run at all (for example a theme template with a syntax error). */
    void failed(String message);
  }

  /** What the last build left to show. */
  private record State(int build, Path site, Map<String, List<Diagnostic>> reportErrors, List<Diagnostic> siteErrors,
      Optional<String> environment) {}

  private final Publisher publisher;
  private final Listener listener;
  private final HttpServer http;
  private final ExecutorService threads;
  private final ReloadEvents events = new ReloadEvents();
  private final ErrorOverlay overlay;
  private final SourceWatcher watcher;
  private final AtomicInteger builds = new AtomicInteger();
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile State state;

  private PreviewServer(Publisher publisher, Options options, Listener listener) throws IOException {
    this.publisher = publisher;
    this.listener = listener;
    this.overlay = new ErrorOverlay(publisher.projectDirectory());
    this.state = new State(0, publisher.outputDirectory().resolve("preview"), Map.of(), List.of(), Optional.empty());
    // Bind first: a taken port should fail before any build work is done.
    this.http = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), options.port()), 0);
    this.threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "reviewpress-http");
      t.setDaemon(true);
      return t;
    });
    http.setExecutor(threads);
    http.createContext(ReloadEvents.PATH, events::stream);
    http.createContext("/", this::serve);
    List<Path> watched = new ArrayList<>();
    watched.add(publisher.sourceDirectory());
    publisher.themeDirectory().ifPresent(watched::add);
    watched.add(publisher.projectDirectory().resolve(".reviewpress"));
    try {
      this.watcher = new SourceWatcher(watched, options.quiet(), this::rebuildAndReload, listener::failed);
    } catch (RuntimeException e) {
      http.stop(0);
      threads.shutdownNow();
      throw e;
    }
  }

  /**
   * Builds the preview and starts serving and watching.
   *
   * @throws ReviewpressException if the port is taken or the folders cannot be watched
   */
  public static PreviewServer start(Publisher publisher, Options options, Listener listener) {
    PreviewServer server;
    try {
      server = new PreviewServer(publisher, options, listener);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot serve the preview on 127.0.0.1:" + options.port() + ": " + e.getMessage()
          + ". Choose another port with -Dreviewpress.port=..., or 0 for any free port.", e);
    }
    // Watch before the first build, so that a save during it still causes a rebuild.
    try {
      server.watcher.start();
      server.rebuild();
      server.http.start();
      return server;
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** The address of the site's index, for example {@code http://127.0.0.1:49152/}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
  }

  /** How many builds the preview has run, the first included. */
  public int builds() {
    return builds.get();
  }

  /** Blocks until {@link #close()} is called (from a shutdown hook, for example). */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /** Stops watching, ends every page's event stream and stops the server. Idempotent. */
  @Override
  public void close() {
    if (closed.getCount() == 0) {
      return;
    }
    try {
      watcher.close();
      events.closeAll();
      http.stop(1);
      threads.shutdownNow();
    } finally {
      closed.countDown();
    }
  }

  private void rebuildAndReload() {
    rebuild();
    events.reload(state.build());
  }

  /** One build at a time: two builds into the same output folder would remove each other's staging. */
  private synchronized void rebuild() {
    int n = builds.incrementAndGet();
    try {
      BuildResult result = publisher.preview();
      Map<String, List<Diagnostic>> byReport = new LinkedHashMap<>();
      List<Diagnostic> site = new ArrayList<>();
      for (Diagnostic d : result.diagnostics()) {
        if (d.severity() == Severity.ERROR) {
          slugOf(d).ifPresentOrElse(s -> byReport.computeIfAbsent(s, k -> new ArrayList<>()).add(d), () -> site.add(d));
        }
      }
      state = new State(n, result.site().orElse(state.site()), byReport, site, Optional.empty());
      listener.built(result);
    } catch (ReviewpressException e) {
      state = new State(n, state.site(), state.reportErrors(), state.siteErrors(), Optional.of(e.getMessage()));
      listener.failed(e.getMessage());
    }
  }

  /** The report a diagnostic belongs to: the first folder of its file under the source directory. */
  private Optional<String> slugOf(Diagnostic d) {
    Path file = publisher.projectDirectory().resolve(d.position().file()).normalize();
    Path source = publisher.sourceDirectory();
    if (!file.startsWith(source) || source.relativize(file).getNameCount() < 2) {
      return Optional.empty();
    }
    return Optional.of(source.relativize(file).getName(0).toString());
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.".getBytes(StandardCharsets.UTF_8));
        return;
      }
      State s = state;
      String path = exchange.getRequestURI().getPath();
      List<String> parts = new ArrayList<>(List.of(path.split("/")));
      parts.removeIf(String::isEmpty);
      if (parts.stream().anyMatch(p -> p.equals("..") || p.equals(".") || p.contains("\\"))) {
        send(exchange, 404, "text/plain; charset=utf-8", "Not found.".getBytes(StandardCharsets.UTF_8));
        return;
      }
      Optional<String> slug = parts.isEmpty() ? Optional.empty() : Optional.of(parts.get(0));
      Path file = s.site().resolve(String.join("/", parts)).normalize();
      if (!file.startsWith(s.site())) {
        send(exchange, 404, "text/plain; charset=utf-8", "Not found.".getBytes(StandardCharsets.UTF_8));
        return;
      }
      boolean directory = Files.isDirectory(file) || slug.isPresent() && parts.size() == 1 && s.reportErrors().containsKey(slug.get());
      if (directory && !path.endsWith("/")) {
        // Pages link to their assets relatively, so a report's address must end with '/'.
        exchange.getResponseHeaders().set("Location", path + "/");
        send(exchange, 302, "text/plain; charset=utf-8", new byte[0]);
        return;
      }
      if (directory) {
        file = file.resolve("index.html");
      }
      List<Diagnostic> errors = new ArrayList<>(s.siteErrors());
      boolean isReportPage = slug.isPresent() && (parts.size() == 1 || parts.size() == 2 && parts.get(1).equals("index.html"));
      if (isReportPage) {
        errors.addAll(s.reportErrors().getOrDefault(slug.get(), List.of()));
      }
      boolean exists = Files.isRegularFile(file);
      boolean html = file.getFileName() != null && file.getFileName().toString().endsWith(".html");
      boolean problems = !errors.isEmpty() || s.environment().isPresent();
      if (!exists && !(isReportPage && problems)) {
        send(exchange, 404, "text/html; charset=utf-8", notFound(path).getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (!html) {
        send(exchange, 200, type(file), Files.readAllBytes(file));
        return;
      }
      String page = exists ? Files.readString(file, StandardCharsets.UTF_8) : emptyPage(slug.orElse(""));
      String extra = (problems ? overlay.html(errors, s.environment(), exists) : "") + RELOAD_SCRIPT;
      send(exchange, 200, "text/html; charset=utf-8", inject(page, extra).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Puts {@code extra} just before {@code </body>}, or at the end of a page without one. */
  static String inject(String page, String extra) {
    int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    return at < 0 ? page + extra : page.substring(0, at) + extra + page.substring(at);
  }

  private static String emptyPage(String slug) {
    return "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>" + slug
        + " has errors | reviewpress preview</title></head><body></body></html>";
  }

  private static String notFound(String path) {
    return "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body>"
        + "<h1>Not found</h1><p>There is no page at " + org.jsoup.nodes.Entities.escape(path)
        + ". <a href=\"/\">All reports</a></p>" + RELOAD_SCRIPT + "</body></html>";
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
