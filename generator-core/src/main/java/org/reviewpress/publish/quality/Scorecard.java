package org.reviewpress.publish.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.reviewpress.model.Diagnostic;

/**
 * One report's answers to the seven quality questions.
 *
 * @param slug    the report's folder name
 * @param title   the report's title
 * @param source  the report's file, relative to the project
 * @param lang    the report's language tag, for the page
 * @param answers the seven answers, in question order
 */
public record Scorecard(String slug, String title, String source, String lang, List<Answer> answers) {

  public Scorecard {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(lang, "lang");
    answers = List.copyOf(answers);
  }

  /** Whether a question is answered well enough, or needs the author's attention. */
  public enum Verdict {
    MET("met"),
    NEEDS_ATTENTION("needs attention");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One measured signal behind an answer.
   *
   * @param name  a stable key, for scripts
   * @param value the number measured
   * @param text  the signal in words, for people
   */
  public record Signal(String name, double value, String text) {
    public Signal {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * The answer to one question.
   *
   * @param number      1 to 7
   * @param key         a stable key, for scripts
   * @param label       a short label for the console
   * @param question    the question in full
   * @param verdict     met or needs attention
   * @param signals     what was measured
   * @param diagnostics the diagnostics that bear on the question, in file order
   * @param notChecked  rules that bear on the question but are switched off for this project
   */
  public record Answer(int number, String key, String label, String question, Verdict verdict,
      List<Signal> signals, List<Diagnostic> diagnostics, List<String> notChecked) {
    public Answer {
      signals = List.copyOf(signals);
      diagnostics = List.copyOf(diagnostics);
      notChecked = List.copyOf(notChecked);
    }

    /** The signals in words, joined: "4 findings; 4 of 4 with a category". */
    public String signalText() {
      List<String> parts = new ArrayList<>(signals.stream().map(Signal::text).toList());
      if (!notChecked.isEmpty()) {
        parts.add("not checked: " + String.join(", ", notChecked) + " switched off");
      }
      return parts.stream().collect(Collectors.joining("; "));
    }
  }

  /** The seven console lines: "Q1 Findings easy to find and reuse: met (4 findings; ...)". */
  public List<String> summaryLines() {
    return answers.stream()
        .map(a -> "Q" + a.number() + " " + a.label() + ": " + a.verdict().label() + " (" + a.signalText() + ")")
        .toList();
  }

  /** How many questions are met. */
  public long met() {
    return answers.stream().filter(a -> a.verdict() == Verdict.MET).count();
  }
}
