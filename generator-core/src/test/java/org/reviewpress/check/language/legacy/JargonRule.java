package org.reviewpress.check.language.legacy;

import org.reviewpress.check.language.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.GlossaryEntry;
import org.reviewpress.model.Severity;

/**
 * Professional jargon that families and the public may not understand ("step down", "LAC"),
 * with a plain alternative for each (SCIE question 6). Each term is reported once, at its first
 * use, with how often it is used: the fix is to replace it throughout or to explain it once in
 * the glossary. A term the glossary defines is not reported. Words in quotation marks are not
 * checked. The list is data ({@code jargon.txt}); site.yaml extends it ({@code language.jargon}).
 */
public final class JargonRule implements Rule {

  private static final Map<String, String> SHIPPED = Phrases.load(org.reviewpress.check.language.JargonRule.class, "jargon.txt");

  @Override
  public String id() {
    return "language.jargon";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "The report uses plain words instead of professional jargon, or explains the jargon in its glossary.";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    Settings settings = Settings.of(context, "language");
    Phrases jargon = Phrases.of(settings.phrases("jargon", SHIPPED));
    Prose prose = Prose.of(context);
    String text = prose.text();
    Map<Phrases.Entry, List<Phrases.Match>> uses = new LinkedHashMap<>();
    for (Prose.Span span : prose.spans()) {
      if (span.quoted()) {
        continue;
      }
      for (Phrases.Match m : jargon.find(text, span.start(), span.end())) {
        if (!prose.isQuoted(m.start())) {
          uses.computeIfAbsent(m.entry(), e -> new ArrayList<>()).add(m);
        }
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    settings.problem(this, context).ifPresent(out::add);
    for (Map.Entry<Phrases.Entry, List<Phrases.Match>> e : uses.entrySet()) {
      if (defined(e.getKey(), context.report().glossary())) {
        continue;
      }
      Phrases.Match first = e.getValue().get(0);
      String words = text.substring(first.start(), first.end()).replaceAll("\\s+", " ").strip();
      int n = e.getValue().size();
      out.add(diagnostic(prose.position(first.start()),
          "'" + words + "' is professional jargon that readers outside the agencies may not understand"
              + (n > 1 ? " (used " + n + " times)." : "."),
          "Use plain words: " + e.getKey().advice() + ". Or, if the term must stay, explain it once in the glossary."));
    }
    return out;
  }

  private static boolean defined(Phrases.Entry term, List<GlossaryEntry> glossary) {
    return glossary.stream().anyMatch(g -> term.pattern().matcher(g.term()).matches());
  }
}
