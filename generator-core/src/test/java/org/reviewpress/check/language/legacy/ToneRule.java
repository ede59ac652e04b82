package org.reviewpress.check.language.legacy;

import org.reviewpress.check.language.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reviewpress.check.CheckContext;
import org.reviewpress.check.Rule;
import org.reviewpress.check.WordList;
import org.reviewpress.model.Diagnostic;
import org.reviewpress.model.Severity;

/**
 * Blame, hindsight and counterfactual wording ("failed to", "should have", "missed
 * opportunity", "with hindsight"...) in the body and in the front matter's prose (finding
 * statements, recommendations). SCIE's question 7 asks whether the tone is right: a review
 * explains why practice made sense at the time; it does not judge it by the outcome.
 *
 * <p>The phrases and their hints are data ({@code tone.txt}); clinical and legal terms that
 * contain them ("failed to thrive") are in {@code tone-allowed.txt}. Words in quotation marks or
 * a block quote are someone else's and are not checked. site.yaml can extend both lists
 * ({@code language.tone}, {@code language.tone-allowed}).
 */
public final class ToneRule implements Rule {

  private static final Map<String, String> SHIPPED = Phrases.load(org.reviewpress.check.language.ToneRule.class, "tone.txt");
  private static final List<String> ALLOWED = WordList.load(org.reviewpress.check.language.ToneRule.class, "tone-allowed.txt");

  @Override
  public String id() {
    return "language.tone";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "The report explains practice without blame, hindsight or counterfactual wording (SCIE question 7).";
  }

  @Override
  public List<Diagnostic> check(CheckContext context) {
    Settings settings = Settings.of(context, "language");
    Phrases tone = Phrases.of(settings.phrases("tone", SHIPPED));
    Map<String, String> allowedMap = new LinkedHashMap<>();
    ALLOWED.forEach(a -> allowedMap.put(a, ""));
    settings.words("tone-allowed").forEach(a -> allowedMap.put(a, ""));
    Phrases allowed = Phrases.of(allowedMap);
    Prose prose = Prose.of(context);
    String text = prose.text();
    List<Diagnostic> out = new ArrayList<>();
    settings.problem(this, context).ifPresent(out::add);
    for (Prose.Span span : prose.spans()) {
      if (span.quoted()) {
        continue;
      }
      List<Phrases.Match> exempt = allowed.find(text, span.start(), span.end());
      for (Phrases.Match m : tone.find(text, span.start(), span.end())) {
        if (prose.isQuoted(m.start()) || exempt.stream().anyMatch(a -> a.start() <= m.start() && m.end() <= a.end())) {
          continue;
        }
        String words = text.substring(m.start(), m.end()).replaceAll("\\s+", " ").strip();
        out.add(diagnostic(prose.position(m.start()),
            "'" + words + "' can read as blame or hindsight about the people involved.",
            m.entry().advice()));
      }
    }
    return out;
  }
}
