package org.reviewpress.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.reviewpress.ReviewpressException;

/**
 * A theme: Pebble templates and static assets. The default theme ships in the
 * {@code reviewpress-themes} jar under {@code reviewpress/themes/default/}; a project can put
 * files with the same relative paths in its own theme directory ({@code src/theme/templates},
 * {@code src/theme/assets}) to replace the default ones file by file.
 *
 * <p>Built once per build and shared by all threads: Pebble templates are thread-safe.
 */
public final class Theme {

  /** Where the default theme lives on the classpath. */
  public static final String DEFAULT_ROOT = "reviewpress/themes/default/";

  private final PebbleEngine engine;
  private final Optional<Path> override;

  /**
   * Templates by name, as the engine's own cache holds them: looked up here by the name alone,
   * where the engine builds and hashes a key of its loaders for every page.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, io.pebbletemplates.pebble.template.PebbleTemplate>
      templates = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param override a project theme directory that shadows the default theme, if any
   */
  public Theme(Optional<Path> override) {
    this.override = override.filter(Files::isDirectory);
    List<Loader<?>> loaders = new ArrayList<>();
    this.override.map(p -> p.resolve("templates")).filter(Files::isDirectory).ifPresent(dir -> {
      FileLoader file = new FileLoader(dir.toAbsolutePath().toString());
      loaders.add(file);
    });
    ClasspathLoader classpath = new ClasspathLoader(Theme.class.getClassLoader());
    classpath.setPrefix(DEFAULT_ROOT + "templates");
    loaders.add(classpath);
    this.engine = new PebbleEngine.Builder()
        .loader(new DelegatingLoader(loaders))
        .autoEscaping(true)
        .strictVariables(false)
        .newLineTrimming(true)
        .cacheActive(true)
        .addEscapingStrategy("html", org.reviewpress.internal.HtmlText::escape)
        .build();
    if (Theme.class.getClassLoader().getResource(DEFAULT_ROOT + "templates/report.peb") == null) {
      throw new ReviewpressException("The default theme is not on the classpath (reviewpress-themes is missing)."
          + " Add org.reviewpress:reviewpress-themes to the plugin's dependencies.");
    }
  }

  /** Renders a template with a context; a broken template is an environment problem. */
  public String render(String template, Map<String, Object> context) {
    StringBuilder buffer = BUFFERS.get();
    if (buffer == null) {
      buffer = new StringBuilder(64 * 1024);
    } else {
      BUFFERS.set(null); // taken: a render within this one would get a buffer of its own
    }
    TextWriter out = new TextWriter(buffer);
    try {
      io.pebbletemplates.pebble.template.PebbleTemplate compiled = templates.get(template);
      if (compiled == null) {
        compiled = engine.getTemplate(template);
        templates.put(template, compiled);
      }
      compiled.evaluate(out, context);
      return out.toString();
    } catch (PebbleException e) {
      throw new ReviewpressException("The theme template " + template + " cannot be rendered: " + e.getMessage()
          + ". If the project overrides this template in its theme directory, check it there.", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (buffer.capacity() <= KEEP) {
        buffer.setLength(0);
        BUFFERS.set(buffer);
      }
    }
  }

  /**
   * Each thread's buffer that pages are rendered into, kept from one page to the next: a new one
   * for every page cost its allocation, its growth and, at a page's first curly quote or dash, a
   * copy of everything written so far at two bytes a character. Kept only up to {@link #KEEP}
   * characters.
   */
  private static final ThreadLocal<StringBuilder> BUFFERS = new ThreadLocal<>();

  private static final int KEEP = 2 << 20;

  /**
   * Every asset of the theme, relative path to a way to open it, with the project's files
   * replacing the default ones of the same path. Sorted, so output is reproducible.
   */
  public Map<String, AssetSource> assets() {
    return files("assets");
  }

  /**
   * Every template of the theme, as {@link #assets()} lists assets: the build cache hashes them
   * to know when pages must be rendered again.
   */
  public Map<String, AssetSource> templates() {
    return files("templates");
  }

  private Map<String, AssetSource> files(String kind) {
    Map<String, AssetSource> out = new TreeMap<>();
    URL root = Theme.class.getClassLoader().getResource(DEFAULT_ROOT + kind);
    if (root == null) {
      throw new ReviewpressException("The default theme's " + kind + " are missing from the classpath.");
    }
    try {
      URI uri = root.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        collect(fs.getPath("/" + DEFAULT_ROOT + kind), out);
      } else {
        collect(Path.of(uri), out);
      }
    } catch (URISyntaxException | IOException e) {
      throw new ReviewpressException("Cannot list the default theme's " + kind + ": " + e.getMessage(), e);
    }
    Optional<Path> project = override.map(p -> p.resolve(kind)).filter(Files::isDirectory);
    if (project.isPresent()) {
      try {
        collect(project.get(), out);
      } catch (IOException e) {
        throw new ReviewpressException("Cannot list the project theme's " + kind + " in " + project.get() + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static void collect(Path dir, Map<String, AssetSource> out) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        out.put(rel, () -> Files.newInputStream(p));
      }
    }
  }

  /** Asset names a project can use for its logo, in the order they are looked for. */
  public static final List<String> LOGO_NAMES = List.of("images/logo.svg", "images/logo.png", "images/logo.jpg");

  /**
   * The path of the partnership's logo among the assets, when the project's theme (or a
   * theme jar) provides one under a name in {@link #LOGO_NAMES}. Templates show it beside the
   * site title.
   */
  public Optional<String> logo() {
    Map<String, AssetSource> all = assets();
    return LOGO_NAMES.stream().filter(all::containsKey).findFirst();
  }

  /** Opens one asset's bytes. */
  @FunctionalInterface
  public interface AssetSource {
    InputStream open() throws IOException;
  }

  /**
   * What a template is rendered into: a {@code StringWriter} without its {@code StringBuffer}'s lock
   * on every write (Pebble writes a page in thousands of small pieces, and since Java 15 each lock
   * is an atomic operation). Pebble prints values into it the specialised way it prints them into
   * a {@code StringWriter}, so the text is the same.
   */
  private static final class TextWriter extends Writer implements SpecializedWriter {
    private final StringBuilder text;

    TextWriter(StringBuilder empty) {
      this.text = empty;
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
      text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
      text.append(s, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence s) {
      text.append(s);
      return this;
    }

    @Override
    public Writer append(CharSequence s, int start, int end) {
      text.append(s, start, end);
      return this;
    }

    @Override
    public Writer append(char c) {
      text.append(c);
      return this;
    }

    @Override
    public void writeSpecialized(int i) {
      text.append(i);
    }

    @Override
    public void writeSpecialized(long l) {
      text.append(l);
    }

    @Override
    public void writeSpecialized(double d) {
      text.append(d);
    }

    @Override
    public void writeSpecialized(float f) {
      text.append(f);
    }

    @Override
    public void writeSpecialized(short s) {
      text.append(s);
    }

    @Override
    public void writeSpecialized(byte b) {
      text.append(b);
    }

    @Override
    public void writeSpecialized(char c) {
      text.append(c);
    }

    @Override
    public void writeSpecialized(String s) {
      text.append(s);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
