package org.reviewpress.check.language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.check.WordList;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.GlossaryEntry;
import org.reviewpress.model.Severity;

/**
 * An acronym used in the report's prose but not defined in its glossary (SCIE question 6). The
 * glossary is where reviewpress explains terms: the first use gets an {@code <abbr>} and the
 * glossary section lists them all. Reported once per acronym, at its first use, with how often
 * it is used. Acronyms in code, web addresses and link destinations are not prose and are not
 * seen. A short list of acronyms every reader knows ({@code known-acronyms.txt}: UK, NHS...) need
 * no definition; site.yaml extends it ({@code language.known-acronyms}).
 */
public final class AcronymUndefinedRule implements Rule {

  private static final List<String> KNOWN = WordList.load(AcronymUndefinedRule.class, "known-acronyms.txt");

  @Override
  public String id() {
    return "language.acronym-undefined";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Every acronym the report uses is explained in its glossary.";
  }

  /** The acronyms the glossary or the known list explain, normalised as {@link Acronyms} reads them. */
  static Set<String> defined(CheckContext context, Settings settings) {
    Set<String> out = new HashSet<>(KNOWN);
    out.addAll(settings.words("known-acronyms"));
    for (GlossaryEntry g : context.report().glossary()) {
      out.add(g.term().strip());
      Acronyms.of(g.term().strip(), "").ifPresent(out::add);
    }
    return out;
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    Settings settings = Settings.of(context, "language");
    Set<String> defined = defined(context, settings);
    Prose prose = Prose.of(context);
    Map<String, List<Integer>> uses = new LinkedHashMap<>();
    for (Prose.Span span : prose.spans()) {
      for (Sentences.Sentence s : prose.sentences(span)) {
        for (Acronyms.Use u : Acronyms.in(s)) {
          if (!defined.contains(u.acronym())) {
            uses.computeIfAbsent(u.acronym(), a -> new ArrayList<>()).add(u.start());
          }
        }
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    settings.problem(this, context).ifPresent(out::add);
    uses.forEach((acronym, at) -> out.add(diagnostic(prose.position(at.get(0)),
        "The acronym '" + acronym + "' is not explained in the glossary"
            + (at.size() > 1 ? " (used " + at.size() + " times)." : "."),
        "Add it to the glossary in the front matter, for example:\nglossary:\n  " + acronym
            + ": what it stands for, in plain words\nor write the words in full instead.")));
    return out;
  }
}
