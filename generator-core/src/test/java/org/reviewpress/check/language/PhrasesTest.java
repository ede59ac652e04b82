package org.reviewpress.check.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link Phrases#find} walks the words of the text and tries only the phrases that can start at
 * each; it must give exactly what running every phrase's pattern over the text gives.
 */
class PhrasesTest {

  private static final Map<String, String> PHRASES = new LinkedHashMap<>();

  static {
    for (String p : List.of("failed to", "fail* to", "should have", "should have known", "missed opportunit*",
        "with hindsight", "step down", "LAC", "DNA", "didn't", "e.g.", "a a", "co-ordinat*", "Über alles", "ab",
        "-ish", "à la carte", "ﬁle", "Straße")) {
      PHRASES.put(p, "advice for " + p);
    }
  }

  private static final String[] WORDS = {"failed", "to", "fail", "failing", "failure", "should", "have", "known",
      "missed", "opportunity", "opportunities", "with", "hindsight", "step", "down", "step-down", "LAC", "lac", "DNA",
      "Dna", "didn't", "didn", "e.g.", "a", "A", "co-ordination", "coordinated", "co", "ordinate", "über", "ÜBER",
      "alles", "ab", "abc", "ish", "-ish", "à", "la", "carte", "ﬁle", "FILE", "file", "STRASSE", "straße", "Straße", "x1",
      "9", "ⅻ", "ab²"};
  private static final String[] GAPS = {" ", "  ", "\n", "-", " - ", ", ", ". ", "'", "\"", "(", ")", "", "_", "’"};

  @Test
  void findsWhatEachPatternFindsOnRandomText() {
    Phrases phrases = Phrases.of(PHRASES);
    Random random = new Random(7);
    int nonEmpty = 0;
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int words = 1 + random.nextInt(14);
      for (int i = 0; i < words; i++) {
        b.append(GAPS[random.nextInt(GAPS.length)]).append(WORDS[random.nextInt(WORDS.length)]);
      }
      b.append(GAPS[random.nextInt(GAPS.length)]);
      String text = b.toString();
      int from = random.nextInt(Math.max(1, text.length() / 3));
      int to = text.length() - random.nextInt(Math.max(1, text.length() / 3));
      List<Phrases.Match> found = phrases.find(text, from, Math.max(from, to));
      assertThat(found).as("in [%s] from %d to %d", text, from, to)
          .isEqualTo(naive(phrases, text, from, Math.max(from, to)));
      nonEmpty += found.isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).as("texts in which some phrase was found").isGreaterThan(1000);
  }

  /** Searching the shared words of the prose, span by span, finds what searching the text finds. */
  @Test
  void findsTheSameInTheSharedWordsOfEachSpan() {
    Phrases phrases = Phrases.of(PHRASES);
    Random random = new Random(8);
    int nonEmpty = 0;
    for (int round = 0; round < 1500; round++) {
      StringBuilder b = new StringBuilder();
      List<Prose.Span> spans = new ArrayList<>();
      int count = 1 + random.nextInt(4);
      for (int s = 0; s < count; s++) {
        b.append(GAPS[random.nextInt(GAPS.length)]);
        int start = b.length();
        int words = 1 + random.nextInt(10);
        for (int i = 0; i < words; i++) {
          b.append(WORDS[random.nextInt(WORDS.length)]).append(GAPS[random.nextInt(GAPS.length)]);
        }
        spans.add(new Prose.Span(start, b.length(), Prose.Kind.PARAGRAPH, 0, false, ""));
      }
      String text = b.toString();
      Words shared = Words.of(text, spans);
      for (int s = 0; s < spans.size(); s++) {
        List<Phrases.Match> found = phrases.find(shared, s);
        assertThat(found).as("in [%s] span %d", text, s).isEqualTo(phrases.find(text, spans.get(s).start(), spans.get(s).end()));
        nonEmpty += found.isEmpty() ? 0 : 1;
      }
      for (int w = 0; w < shared.size(); w++) {
        assertThat(shared.forms().get(shared.form(w))).isEqualTo(Words.fold(text, shared.start(w), shared.end(w)));
      }
    }
    assertThat(nonEmpty).as("spans in which some phrase was found").isGreaterThan(500);
  }

  @Test
  void theSameListIsCompiledOnce() {
    assertThat(Phrases.of(new LinkedHashMap<>(PHRASES))).isSameAs(Phrases.of(new LinkedHashMap<>(PHRASES)));
  }

  /** Every pattern over the whole region with Matcher.find, then the same overlap rule. */
  private static List<Phrases.Match> naive(Phrases phrases, String text, int from, int to) {
    List<Phrases.Match> all = new ArrayList<>();
    for (Phrases.Entry e : phrases.entries()) {
      Matcher m = e.pattern().matcher(text).region(from, to);
      while (m.find()) {
        all.add(new Phrases.Match(e, m.start(), m.end()));
      }
    }
    all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    List<Phrases.Match> kept = new ArrayList<>();
    int covered = -1;
    for (Phrases.Match m : all) {
      if (m.start() >= covered) {
        kept.add(m);
        covered = m.end();
      }
    }
    return kept;
  }
}
