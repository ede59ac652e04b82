package org.reviewpress.check.language.legacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reviewpress.check.CheckContext;
import org.reviewpress.model.SourcePosition;

/**
 * Reads a rule's settings from a section of site.yaml ({@code language:} or {@code structure:})
 * with defaults, and collects what was wrong with them, so a rule can report a bad value instead
 * of silently using its default. Instances are made per check and are not shared.
 */
public final class Settings {

  private final String sectionName;
  private final Map<String, Object> section;
  private final List<String> problems = new ArrayList<>();

  private Settings(String sectionName, Map<String, Object> section) {
    this.sectionName = sectionName;
    this.section = section;
  }

  /** The settings of one section of the project's site.yaml. */
  public static Settings of(CheckContext context, String sectionName) {
    return new Settings(sectionName, context.site().section(sectionName));
  }

  /** A number setting between {@code min} and {@code max}, or its default. */
  public double number(String key, double fallback, double min, double max) {
    Object v = section.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      double d = Double.parseDouble(v.toString().trim());
      if (d < min || d > max) {
        problems.add(key + " is " + v + ", outside " + format(min) + " to " + format(max) + "; " + format(fallback) + " is used");
        return fallback;
      }
      return d;
    } catch (NumberFormatException e) {
      problems.add(key + " is '" + v + "', not a number; " + format(fallback) + " is used");
      return fallback;
    }
  }

  /** A whole-number setting. */
  public int integer(String key, int fallback, int min, int max) {
    return (int) Math.round(number(key, fallback, min, max));
  }

  /** A yes/no setting. */
  public boolean flag(String key, boolean fallback) {
    Object v = section.get(key);
    if (v == null) {
      return fallback;
    }
    String s = v.toString().trim().toLowerCase(Locale.ROOT);
    if (s.equals("true") || s.equals("yes")) {
      return true;
    }
    if (s.equals("false") || s.equals("no")) {
      return false;
    }
    problems.add(key + " is '" + v + "', not true or false; " + fallback + " is used");
    return fallback;
  }

  /** A list of words (a YAML list or a single value). */
  public List<String> words(String key) {
    Object v = section.get(key);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      return l.stream().map(Object::toString).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
    if (v instanceof Map<?, ?>) {
      problems.add(key + " should be a list, for example " + key + ": [ICB, PCN]; it is ignored");
      return List.of();
    }
    return List.of(v.toString().strip());
  }

  /**
   * A phrase list: the shipped entries, changed by the project. {@code key} maps phrases to text
   * (a hint or a plain alternative); the value {@code off} removes a shipped phrase;
   * {@code <key>-builtin: false} drops the shipped list entirely.
   */
  public Map<String, String> phrases(String key, Map<String, String> shipped) {
    Map<String, String> out = new LinkedHashMap<>();
    if (flag(key + "-builtin", true)) {
      out.putAll(shipped);
    }
    Object v = section.get(key);
    if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String phrase = e.getKey().toString().strip();
        String value = e.getValue() == null ? "" : e.getValue().toString().strip();
        if (phrase.isEmpty()) {
          continue;
        }
        if (value.equalsIgnoreCase("off") || value.equalsIgnoreCase("false")) {
          String removed = out.keySet().stream().filter(p -> p.equalsIgnoreCase(phrase)).findFirst().orElse(null);
          if (removed == null) {
            problems.add(key + " turns off '" + phrase + "', which is not in the list");
          } else {
            out.remove(removed);
          }
        } else if (value.isEmpty()) {
          problems.add(key + ": '" + phrase + "' has no text; write what to say instead after the colon");
        } else {
          out.put(phrase, value);
        }
      }
    } else if (v != null) {
      problems.add(key + " should map phrases to advice, for example\n  " + key + ":\n    \"dropped the ball\": \"Say what made it hard at the time.\"");
    }
    return out;
  }

  /** Whether anything was wrong. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** One sentence naming every problem, for a diagnostic. */
  public String problemText() {
    return "site.yaml " + sectionName + ": " + String.join("; ", problems) + ".";
  }

  /** Where the project's site.yaml is, for diagnostics about it: beside the report folders. */
  public static SourcePosition siteYaml(CheckContext context) {
    Path report = context.report().source().file();
    Path folder = report.getParent() == null ? null : report.getParent().getParent();
    return SourcePosition.startOf(folder == null ? Path.of("site.yaml") : folder.resolve("site.yaml"));
  }

  /** A diagnostic of {@code rule} about these settings, if anything was wrong with them. */
  public java.util.Optional<org.reviewpress.model.Diagnostic> problem(org.reviewpress.check.Rule rule, CheckContext context) {
    if (problems.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(rule.diagnostic(siteYaml(context), problemText(),
        "Correct the value under '" + sectionName + ":' in site.yaml; the settings are listed in org/reviewpress/check/language/README.md."));
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
