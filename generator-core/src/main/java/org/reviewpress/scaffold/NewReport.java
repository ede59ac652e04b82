package org.reviewpress.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.reviewpress.ReviewpressException;
import org.reviewpress.source.SiteConfigReader;

/**
 * Writes {@code <source>/<slug>/report.md} from a skeleton with the headings of a typical
 * review, one sample finding with evidence anchors, a glossary and notes for the author. The
 * skeleton builds without errors as it stands. Never overwrites anything.
 */
public final class NewReport {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final String SKELETON = "report-skeleton.md";

  /** What happened: a report written, or a reason nothing was. */
  public sealed interface Outcome {
    /** The report was written at {@code file}. */
    record Created(Path file) implements Outcome {}

    /** Nothing was written; {@code message} says why and {@code hint} what to do. */
    record Refused(String message, String hint) implements Outcome {}
  }

  /** Creates the report, naming the partnership given in the project's site.yaml, if any. */
  public Outcome create(Path sourceDirectory, String slug) {
    Path siteYaml = sourceDirectory.resolve("site.yaml");
    return create(sourceDirectory, slug, new SiteConfigReader().read(siteYaml, siteYaml).config().partnership());
  }

  /**
   * Creates the report folder and its report.md.
   *
   * @param sourceDirectory the folder holding one folder per report (created if missing)
   * @param slug            the new report's folder name, for example {@code child-x}
   * @param partnership     the partnership's name, if known (from site.yaml)
   */
  public Outcome create(Path sourceDirectory, String slug, Optional<String> partnership) {
    String s = slug == null ? "" : slug.strip();
    if (s.isEmpty()) {
      return new Outcome.Refused("No name was given for the new report.",
          "Give the report's folder name with -Dslug=..., for example: mvn reviewpress:new -Dslug=child-x");
    }
    if (!SLUG.matcher(s).matches() || s.length() > 64) {
      return new Outcome.Refused("'" + s + "' cannot be used as the report's folder name and web address.",
          "Use lower-case letters, digits and '-' only, starting with a letter or digit, at most 64 characters;"
              + " for example -Dslug=" + suggest(s) + ". Use the pseudonym, never a real name.");
    }
    Path folder = sourceDirectory.resolve(s);
    Path file = folder.resolve("report.md");
    if (Files.exists(file)) {
      return new Outcome.Refused("The report '" + s + "' already exists at " + file + "; it was left as it is.",
          "Choose another name, or edit the existing report.");
    }
    try {
      Files.createDirectories(folder);
      // CREATE_NEW: even if another process writes the file meanwhile, nothing is overwritten.
      Files.writeString(file, text(s, partnership), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      return new Outcome.Refused("The report '" + s + "' already exists at " + file + "; it was left as it is.",
          "Choose another name, or edit the existing report.");
    } catch (IOException e) {
      throw new ReviewpressException("Cannot write " + file + ": " + e.getMessage()
          + ". Check that the source directory is writable.", e);
    }
    return new Outcome.Created(file);
  }

  /** The skeleton filled in for a slug. */
  static String text(String slug, Optional<String> partnership) {
    String name = name(slug);
    boolean adult = slug.startsWith("adult");
    String reviewType = adult ? "SAR" : "CSPR";
    String title = (adult ? "Safeguarding Adults Review: " : "Child Safeguarding Practice Review: ") + name;
    return skeleton()
        .replace("{{title}}", yamlQuoted(title))
        .replace("{{reviewType}}", reviewType)
        .replace("{{partnership}}", yamlQuoted(partnership.orElse("Replace with the partnership's name")))
        .replace("{{name}}", name);
  }

  /** "child-x" becomes "Child X": the pseudonym the report starts with. */
  static String name(String slug) {
    StringBuilder b = new StringBuilder();
    for (String word : slug.split("-")) {
      if (word.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
    }
    return b.toString();
  }

  private static String suggest(String s) {
    String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return out.isEmpty() ? "child-x" : out.length() > 64 ? out.substring(0, 64) : out;
  }

  /** Escapes text for a double-quoted YAML scalar. */
  private static String yamlQuoted(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String skeleton() {
    try (InputStream in = NewReport.class.getResourceAsStream(SKELETON)) {
      if (in == null) {
        throw new ReviewpressException("The report skeleton " + SKELETON + " is missing from the reviewpress jar.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReviewpressException("Cannot read the report skeleton from the reviewpress jar: " + e.getMessage(), e);
    }
  }
}
